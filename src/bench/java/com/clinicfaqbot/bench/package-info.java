/**
 * Benchmarks (JMH), outside the test run: {@code decide} on the real FAQ and on synthetic FAQs of
 * 1,000 and 10,000 entries ({@link com.clinicfaqbot.bench.DecideBenchmark}), the escalation store
 * on a real SQLite file ({@link com.clinicfaqbot.bench.EscalationStoreBenchmark}), and start-up
 * in fresh JVMs ({@link com.clinicfaqbot.bench.Startup}). {@link com.clinicfaqbot.bench.RunAll}
 * runs them all and prints one table; the README's "Performance" section has the command.
 */
package com.clinicfaqbot.bench;
