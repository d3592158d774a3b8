package com.clinicfaqbot.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The real English words (SCOWL, about 65,000, in {@code english-words.txt}) plus the chat words
 * clients type: a word in here is what the client meant, never a typo to be read as a rule word.
 * Immutable; load once and share.
 */
public final class EnglishWords {
  private static final String RESOURCE = "english-words.txt";
  /** Chat spellings that are words to a client, though to no dictionary. */
  private static final Set<String> CHAT =
      Set.of("lol", "lmao", "omg", "tbh", "ngl", "idk", "imo", "btw", "pls", "plz", "thx", "tysm", "rn",
          "bc", "cuz", "coz", "gonna", "wanna", "gotta", "kinda", "sorta", "dunno", "lemme", "gimme", "yall",
          "okay", "okk", "yeah", "yep", "nope", "nah", "hiya", "heya", "haha", "hehe", "ahh", "ohh", "umm",
          "hmm", "sooo", "soooo", "realy", "alot", "aswell", "lowkey", "highkey", "fr", "irl", "tmrw", "tmr",
          "tonite", "nite", "thru", "bday", "selfie", "selfies", "zoom", "instagram", "tiktok", "skincare",
          "makeup", "microneedling", "microneedle", "microneedled", "dermaroller", "dermarolling",
          "dermapen", "dermastamp", "edermastamp", "hyaluronic", "lidocaine", "retinol", "retinoids", "spf",
          "sunscreen", "decollete", "esthetician", "aesthetician", "derm", "appt", "sesh", "preggo",
          // contractions typed without their apostrophe
          "dont", "didnt", "doesnt", "cant", "wont", "isnt", "arent", "wasnt", "werent", "havent", "hasnt",
          "hadnt", "wouldnt", "shouldnt", "couldnt", "aint", "theres", "thats", "whats", "whos", "hows",
          "wheres", "whens", "youre", "theyre", "youve", "weve", "theyve", "youll", "itll", "thatll", "shes",
          "hes", "lets");

  private final Set<String> words;

  private EnglishWords(Set<String> words) {
    this.words = words;
  }

  /** The bundled list. */
  public static EnglishWords load() {
    Set<String> words = new HashSet<>(100_000);
    try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 1 << 16);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          words.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    words.addAll(CHAT);
    return new EnglishWords(words);
  }

  /** A list of just these words, for tests. */
  static EnglishWords of(Set<String> words) {
    return new EnglishWords(Set.copyOf(words));
  }

  /** @param word lowercase letters */
  public boolean contains(String word) {
    return words.contains(word);
  }
}
