package com.clinicfaqbot.discord.fake;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Points JDA's gateway connections at the fake, and starts them one at a time without Discord's
 * 5-second IDENTIFY spacing (which {@code ConcurrentSessionController} keeps), so a re-IDENTIFY in a test
 * does not wait for it. RESUMEs do not pass through a session controller at all.
 */
final class FakeSessionController extends SessionControllerAdapter {
    private final String gatewayUrl;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-discord-session-controller");
        thread.setDaemon(true);
        return thread;
    });

    FakeSessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public void appendSession(SessionConnectNode node) {
        worker.execute(() -> {
            try {
                node.run(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("Fake Discord: connecting {} failed", node.getShardInfo(), e);
            }
        });
    }

    @Override
    public void removeSession(SessionConnectNode node) {
        // nodes run as soon as they are appended; nothing waits in a queue
    }

    void shutdown() {
        worker.shutdownNow();
    }
}
