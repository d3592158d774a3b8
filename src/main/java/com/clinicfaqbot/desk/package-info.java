/**
 * The client's desk and the staff's desk, free of any chat platform: what happens to a client's
 * message ({@link com.clinicfaqbot.desk.ClientDesk}: decide, log, store before acknowledging,
 * follow-ups) and to what staff write ({@link com.clinicfaqbot.desk.StaffDesk}), returned as
 * sealed outcomes that each surface (the console, Discord) renders its own way, with the
 * sentences they share ({@link com.clinicfaqbot.desk.ClientText}). Also the rules surfaces share:
 * flood limits ({@link com.clinicfaqbot.desk.ClientLimits}), autocomplete suggestions, and where an
 * answer goes when a client cannot get private messages ({@link com.clinicfaqbot.desk.AnswerFallback}).
 */
package com.clinicfaqbot.desk;
