/**
 * The command line and the composition root: {@code Main} and its picocli commands, and the one place that builds every service and passes collaborators through constructors. With {@code discord}, the only package allowed to import JDA.
 */
package com.clinicfaqbot.app;
