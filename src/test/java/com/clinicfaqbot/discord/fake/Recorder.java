package com.clinicfaqbot.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A thread-safe list that a test can wait on until an element it wants shows up. */
final class Recorder<T> {
    private final String what;
    private final List<T> items = new ArrayList<>();

    Recorder(String what) {
        this.what = what;
    }

    synchronized void add(T item) {
        items.add(item);
        notifyAll();
    }

    synchronized List<T> snapshot() {
        return List.copyOf(items);
    }

    synchronized void clear() {
        items.clear();
    }

    /** The first recorded element that matches, waiting up to {@code timeout} for one. */
    synchronized T await(Predicate<? super T> predicate, Duration timeout, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (T item : items) {
                if (predicate.test(item)) {
                    return item;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(failure(description, timeout));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + description, e);
            }
        }
    }

    /** The first {@code count} recorded elements that match, waiting up to {@code timeout} for that many. */
    synchronized List<T> awaitCount(Predicate<? super T> predicate, int count, Duration timeout, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<T> matching = items.stream().filter(predicate).limit(count).toList();
            if (matching.size() == count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(failure(count + " × " + description + " (got " + matching.size() + ")", timeout));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + description, e);
            }
        }
    }

    private String failure(String description, Duration timeout) {
        StringBuilder message = new StringBuilder()
                .append("No ").append(what).append(" matching ").append(description)
                .append(" within ").append(timeout.toMillis()).append(" ms. Recorded ")
                .append(items.size()).append(':');
        if (items.isEmpty()) {
            message.append(" (none)");
        }
        for (T item : items) {
            message.append("\n  ").append(item);
        }
        return message.toString();
    }
}
