package com.clinicfaqbot.discord.fake;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/** Base of the double's own tests: a fresh FakeDiscord per test, and the real JDA logged in to it. */
@Timeout(20)
abstract class JdaOnFakeDiscord {
    static final Duration WAIT = Duration.ofSeconds(5);

    protected FakeDiscord discord;
    protected JDA jda;

    @BeforeEach
    void startFakeDiscord() {
        discord = FakeDiscord.start();
    }

    @AfterEach
    void stopEverything(TestInfo test) throws InterruptedException {
        if (jda != null) {
            // Lets requests already queued go on; awaitShutdown does not wait for those on the wire, so tests
            // await what their listeners cause. Should the gateway close handshake ever stall, closing the
            // fake's side ends it (and the thread dump says where it stood).
            jda.shutdown();
            if (!jda.awaitShutdown(Duration.ofSeconds(1))) {
                System.err.println(test.getDisplayName() + ": JDA still " + jda.getStatus()
                        + " after 1 s; closing the fake first. Threads:\n" + threadDump());
                discord.close();
                if (!jda.awaitShutdown(Duration.ofSeconds(3))) {
                    jda.shutdownNow();
                }
            }
        }
        discord.close();
    }

    private static String threadDump() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            String name = thread.getName();
            if (name.startsWith("JDA") || name.startsWith("fake-discord") || name.equals("main")) {
                dump.append(name).append(' ').append(thread.getState()).append('\n');
                for (StackTraceElement frame : stack) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
        });
        return dump.toString();
    }

    /** Logs JDA in with the intents the clinic bot uses, and waits until it is ready. */
    protected JDA login(Object... listeners) throws InterruptedException {
        return login(new GatewayIntent[] {
                GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT
        }, listeners);
    }

    protected JDA login(GatewayIntent[] intents, Object... listeners) throws InterruptedException {
        GatewayIntent first = intents[0];
        GatewayIntent[] rest = Arrays.copyOfRange(intents, 1, intents.length);
        jda = discord.jdaBuilder(first, rest).addEventListeners(listeners).build().awaitReady();
        return jda;
    }

    /** Events a listener hands over to the test thread. */
    static final class Inbox<T> {
        private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();

        void put(T item) {
            queue.add(item);
        }

        T take() throws InterruptedException {
            T item = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (item == null) {
                throw new AssertionError("Nothing arrived within " + WAIT.toMillis() + " ms");
            }
            return item;
        }

        /** What else arrives within {@code quiet}, or null. */
        T poll(Duration quiet) throws InterruptedException {
            return queue.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
