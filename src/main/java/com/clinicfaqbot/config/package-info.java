/**
 * The configuration file: one small record per section, and a loader that checks every setting and names each bad one with its line.
 */
package com.clinicfaqbot.config;
