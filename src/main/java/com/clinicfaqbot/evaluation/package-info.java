/**
 * Measuring the assistant against labeled questions: accuracy per category, wrong answers, confusions, and fitting the confidence model ({@code eval}, {@code eval --calibrate}).
 */
package com.clinicfaqbot.evaluation;
