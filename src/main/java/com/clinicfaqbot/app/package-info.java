/**
 * The command line and the composition root: picocli commands ({@code run}, {@code chat},
 * {@code staff}, {@code report}, {@code ask}, {@code validate}, {@code eval}) that load the config,
 * open the escalation database, build the services with constructor injection and hand lines to
 * the platform-free {@code console} classes, or, for {@code run}, start the Discord adapter over
 * them ({@code DiscordApp}, which the end-to-end tests start too). Failures a person can act on
 * become one line on stderr and an exit code ({@code Failures}); nothing here holds logic a unit
 * test would need to reach.
 */
package com.clinicfaqbot.app;
