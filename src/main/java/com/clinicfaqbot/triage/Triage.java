package com.clinicfaqbot.triage;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The safety check that runs before any FAQ search: the first matching rule, in table order
 * (complications, then medical history, other treatments, a request for a person, business).
 * Each rule reads the message as typed and, if it holds typos, with its misspelled rule words read
 * as meant ({@link Respeller}): "im pregnent" is the pregnancy rule's.
 */
public final class Triage {
  private static final Pattern WORD_BREAKS = Pattern.compile("[^a-z]+");

  private final List<TriageRule> rules;
  private final Respeller respeller;
  private final Pattern inPassing;

  Triage(List<TriageRule> rules, Respeller respeller) {
    this.rules = List.copyOf(rules);
    this.respeller = respeller;
    this.inPassing = Pattern.compile(TriageRules.IN_PASSING);
  }

  /**
   * The clinic's rules compiled, with the words they spell out: the slow part of building a
   * {@link Triage}, which needs no FAQ, so it can run while the FAQ loads.
   */
  public record Rules(List<TriageRule> table, Set<String> words, EnglishWords english) {
    /** Compiles {@link TriageRules} and reads the bundled English word list. */
    public static Rules standard() {
      return new Rules(TriageRules.ALL, ruleWords(), EnglishWords.load());
    }
  }

  /**
   * The clinic's rules, reading typos against the English words and the words of {@code faq} (a
   * typo as close to an FAQ word is not read as a rule word).
   */
  public static Triage standard(Rules rules, FaqCatalog faq) {
    return new Triage(rules.table(), new Respeller(rules.words(), faqWords(faq), rules.english()));
  }

  /** As {@link #standard(Rules, FaqCatalog)}, compiling the rules here. */
  public static Triage standard(EnglishWords english, FaqCatalog faq) {
    return new Triage(TriageRules.ALL, new Respeller(ruleWords(), faqWords(faq), english));
  }

  /** The clinic's rules with the bundled English word list and no FAQ: for tests of the rules alone. */
  public static Triage standard() {
    return new Triage(TriageRules.ALL, new Respeller(ruleWords(), Set.of(), EnglishWords.load()));
  }

  /**
   * For each pattern of the standard table (and each exception to one), a message it finds, where
   * one can be read from it: what a warm-up sends through every rule.
   */
  public static List<String> standardExamples() {
    List<String> examples = new ArrayList<>();
    TriageRules.table(regex -> {
      RegexExample.of(regex).ifPresent(examples::add);
      return text -> false;
    });
    return examples;
  }

  /** The words an FAQ is written and asked in, lowercase. */
  static Set<String> faqWords(FaqCatalog faq) {
    Set<String> words = new HashSet<>();
    for (FaqEntry entry : faq.entries()) {
      List<String> texts = new ArrayList<>(entry.alternates());
      texts.add(entry.question());
      texts.add(entry.answer());
      texts.addAll(entry.keywords());
      for (String text : texts) {
        for (String word : WORD_BREAKS.split(TextNormalizer.normalize(text))) {
          if (word.length() >= Respeller.MIN_LENGTH) {
            words.add(word);
          }
        }
      }
    }
    return words;
  }

  /** Every word the rules spell out, of a length worth reading typos of. */
  static Set<String> ruleWords() {
    Set<String> words = new LinkedHashSet<>();
    TriageRules.table(regex -> {
      words.addAll(RuleWords.of(regex, Respeller.MIN_LENGTH));
      return text -> false;
    });
    return words;
  }

  /**
   * The first rule that matches the message as typed or as meant: table order decides, so a
   * misspelled complication still comes before a booking word spelled right.
   *
   * @param normalized text from {@link TextNormalizer#normalize}
   */
  public Optional<TriageVerdict> check(String normalized) {
    String respelled = respeller.respell(normalized);
    boolean typos = respelled != normalized;
    // Each text's word starts are listed once, for every rule that reads it.
    RuleSearch.Starts asTyped = new RuleSearch.Starts(normalized);
    RuleSearch.Starts asMeant = typos ? new RuleSearch.Starts(respelled) : null;
    RuleSearch.Starts asked = null;
    RuleSearch.Starts askedMeant = null;
    for (TriageRule rule : rules) {
      RuleSearch.Starts text = asTyped;
      RuleSearch.Starts meant = asMeant;
      if (readsWhatIsAsked(rule)) {
        if (asked == null) {
          asked = new RuleSearch.Starts(withoutPassingMentions(normalized));
          askedMeant = typos ? new RuleSearch.Starts(withoutPassingMentions(respelled)) : null;
        }
        text = asked;
        meant = askedMeant;
      }
      if (rule.matches(text)) {
        return Optional.of(new TriageVerdict(rule.reason(), rule.name()));
      }
      if (typos && rule.matches(meant)) {
        return Optional.of(new TriageVerdict(rule.reason(), rule.name() + " (typo)"));
      }
    }
    return Optional.empty();
  }

  /** Other treatments and clinic business count only when asked about, not when said in passing. */
  private static boolean readsWhatIsAsked(TriageRule rule) {
    return rule.reason() == EscalationReason.OTHER_TREATMENT || rule.reason() == EscalationReason.BUSINESS;
  }

  private String withoutPassingMentions(String text) {
    return inPassing.matcher(text).replaceAll(" ");
  }
}
