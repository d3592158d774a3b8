package com.clinicfaqbot.assistant;

import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import com.clinicfaqbot.triage.Triage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages like clients' for {@code decide} to run before clients do, so that classes are loaded
 * and the JIT has compiled the paths real questions take: the FAQ's own phrasings, the same with
 * a typo, long rambling messages, two entries' keywords at once (clarify), a message for every triage
 * rule (from its pattern), small talk and questions the FAQ does not cover. The first
 * {@link #paths()} messages take each path once; the rest repeat them with other words.
 * Decisions made here go nowhere: nothing is logged or stored.
 */
public final class WarmUp {
  private static final List<String> SMALL_TALK = List.of(
      "hi", "hey there, i'm sam", "thanks so much!", "ok cool", "bye", "are you a bot?", "👍", "");
  private static final List<String> OFF_TOPIC = List.of(
      "can you recommend a good dentist", "what's the weather like for my wedding on saturday",
      "is ibuprofen ok for a headache", "do you do gel nails");
  /** Longer than the assistant reads (2,000 characters): the longest path there is. */
  private static final int LONG_MESSAGE_CHARS = 2_200;

  private final List<String> messages;
  private final int paths;

  private WarmUp(List<String> messages, int paths) {
    this.messages = List.copyOf(messages);
    this.paths = paths;
  }

  /** The warm-up for {@code catalog} and the standard triage rules. */
  public static WarmUp of(FaqCatalog catalog) {
    return of(catalog, Triage.standardExamples());
  }

  static WarmUp of(FaqCatalog catalog, List<String> triageExamples) {
    List<String> phrasings = new ArrayList<>();
    for (FaqEntry entry : catalog.entries()) {
      phrasings.add(entry.question());
      phrasings.addAll(entry.alternates());
    }
    List<List<String>> kinds = new ArrayList<>();
    kinds.add(phrasings);
    List<String> typos = new ArrayList<>();
    for (String phrasing : phrasings) {
      typos.add(withTypo(phrasing));
    }
    kinds.add(typos);
    kinds.add(longMessages(catalog, phrasings));
    kinds.add(clarifying(catalog));
    kinds.add(triageExamples);
    List<String> inSentences = new ArrayList<>();
    for (String example : triageExamples) {
      inSentences.add("hi! quick question, " + example + " is that ok?");
    }
    kinds.add(inSentences);
    kinds.add(SMALL_TALK);
    kinds.add(OFF_TOPIC);
    // One of each kind first, then round-robin: a short warm-up still takes every path.
    List<String> messages = new ArrayList<>();
    int paths = 0;
    for (int round = 0; ; round++) {
      int added = 0;
      for (List<String> kind : kinds) {
        if (round < kind.size()) {
          messages.add(kind.get(round));
          added++;
        }
      }
      if (round == 0) {
        paths = added;
      }
      if (added == 0) {
        break;
      }
    }
    return new WarmUp(messages, paths);
  }

  /** How many of the first messages take every path once. */
  public int paths() {
    return paths;
  }

  List<String> messages() {
    return messages;
  }

  /**
   * Decides the messages in turn, round after round, from message {@code from} (counted across
   * rounds), until {@code limit} decisions or {@code budget} of time, whichever comes first, or
   * until the thread is interrupted.
   *
   * @return how many messages were decided
   */
  public int run(Assistant assistant, int from, Duration budget, int limit) {
    long deadline = System.nanoTime() + budget.toNanos();
    int decided = 0;
    while (decided < limit && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
      assistant.decide(messages.get((from + decided) % messages.size()));
      decided++;
    }
    return decided;
  }

  /** The phrasing with two letters of its longest word swapped: a word the FAQ does not use. */
  static String withTypo(String phrasing) {
    String[] words = phrasing.split(" ");
    int longest = 0;
    for (int w = 1; w < words.length; w++) {
      if (words[w].length() > words[longest].length()) {
        longest = w;
      }
    }
    String word = words[longest];
    // Two different letters next to each other, from the middle on: swapping them changes the word.
    for (int at = word.length() / 2; at + 2 < word.length(); at++) {
      if (word.charAt(at) != word.charAt(at + 1)) {
        words[longest] = word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        return String.join(" ", words);
      }
    }
    return phrasing + "?";
  }

  /** Rambling messages: phrasings and answers run together, past the length the assistant reads. */
  private static List<String> longMessages(FaqCatalog catalog, List<String> phrasings) {
    List<String> messages = new ArrayList<>();
    List<FaqEntry> entries = catalog.entries();
    for (int m = 0; m < Math.min(8, entries.size()); m++) {
      StringBuilder text = new StringBuilder("so i have a few questions lol. ");
      for (int p = m; text.length() < LONG_MESSAGE_CHARS && !phrasings.isEmpty(); p += 7) {
        text.append(phrasings.get(p % phrasings.size())).append(' ');
        text.append(entries.get(p % entries.size()).answer()).append(' ');
      }
      messages.add(text.toString());
    }
    return messages;
  }

  /**
   * Two entries' keywords in one short message, which often leaves two entries close: the
   * assistant answers with a choice (about one pair in ten on the bundled FAQ).
   */
  private static List<String> clarifying(FaqCatalog catalog) {
    List<String> messages = new ArrayList<>();
    List<FaqEntry> entries = catalog.entries();
    for (int apart = 1; apart <= 3; apart++) {
      for (int e = 0; e + apart < entries.size(); e++) {
        List<String> one = entries.get(e).keywords();
        List<String> other = entries.get(e + apart).keywords();
        if (!one.isEmpty() && !other.isEmpty()) {
          messages.add(one.get(0) + " " + other.get(0));
        }
      }
    }
    return messages;
  }
}
