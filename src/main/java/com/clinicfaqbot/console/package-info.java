/**
 * The console surfaces, free of any chat platform: a client's conversation with the assistant
 * ({@link com.clinicfaqbot.console.ClientConversation}), staff working through the escalation
 * queue ({@link com.clinicfaqbot.console.StaffConsole}) and the report as text
 * ({@link com.clinicfaqbot.console.ReportText}) or JSON ({@link com.clinicfaqbot.console.ConsoleJson}).
 *
 * <p>Classes here take lines and return text; reading the terminal is the {@code app} commands'
 * job, so plain unit tests reach all of the logic.
 */
package com.clinicfaqbot.console;
