/**
 * Deciding what to do with one client message, with no chat platform involved: {@code Assistant.decide(text)} returns a sealed {@code Reply} (answer, clarify, escalate, small talk), with calibrated confidences and thresholds from configuration.
 */
package com.clinicfaqbot.assistant;
