package com.clinicfaqbot.assistant;

import com.clinicfaqbot.search.EntryHit;
import com.clinicfaqbot.search.FaqIndex;
import com.clinicfaqbot.search.FaqSearch;
import com.clinicfaqbot.triage.TextNormalizer;
import com.clinicfaqbot.triage.Triage;
import com.clinicfaqbot.triage.TriageVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what to do with one client message, with no chat platform involved: small talk, then
 * the safety triage, and only then the FAQ search. Thread-safe and allocation-light: the
 * analyzer, searcher and rules are shared.
 */
public final class Assistant {
  /** How many entries are offered to a client or shown to staff at most. */
  private static final int CANDIDATES = 3;
  /**
   * How many of the best BM25 matches the confidence model weighs: a few more than are offered,
   * since the model may rank an entry above one that scored higher.
   */
  public static final int HITS_CONSIDERED = 8;
  private static final int MAX_CHARS = 2_000;

  private final FaqSearch search;
  private final Triage triage;
  private final SmallTalk smallTalk;
  private final ConfidenceModel model;
  private final Thresholds thresholds;

  public Assistant(FaqSearch search, Triage triage, SmallTalk smallTalk, ConfidenceModel model, Thresholds thresholds) {
    this.search = search;
    this.triage = triage;
    this.smallTalk = smallTalk;
    this.model = model;
    this.thresholds = thresholds;
  }

  /** Any text at all (empty, huge, emoji, query syntax) gets a reply, never an exception. */
  public Reply decide(String text) {
    String clipped = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    String normalized = TextNormalizer.normalize(clipped);
    Optional<SmallTalk.Chat> chat = smallTalk.recognize(normalized);
    if (chat.isPresent()) {
      return new Reply.SmallTalk(chat.get().reply(), chat.get().topic());
    }
    Optional<TriageVerdict> verdict = triage.check(normalized);
    List<Scored> candidates = candidates(search.current(), normalized);
    if (verdict.isPresent()) {
      return new Reply.Escalate(verdict.get().reason(), plain(candidates));
    }
    return choose(candidates);
  }

  /** Why triage sent {@code text} to staff, for logs and tests; empty when it did not. */
  public Optional<TriageVerdict> triage(String text) {
    return triage.check(TextNormalizer.normalize(text));
  }

  /** A candidate with the raw search score it came from. */
  private record Scored(Candidate candidate, float score) {}

  private List<Scored> candidates(FaqIndex index, String normalized) {
    List<EntryHit> hits = index.search(normalized, HITS_CONSIDERED);
    List<Scored> scored = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      EntryHit hit = hits.get(i);
      scored.add(new Scored(new Candidate(hit.entry(), model.confidence(hits, i)), hit.score()));
    }
    // Best first by calibrated probability: it weighs phrasing closeness that BM25 alone misses.
    scored.sort((a, b) -> Double.compare(b.candidate().confidence(), a.candidate().confidence()));
    return scored.size() > CANDIDATES ? scored.subList(0, CANDIDATES) : scored;
  }

  private static List<Candidate> plain(List<Scored> scored) {
    return scored.stream().map(Scored::candidate).toList();
  }

  private Reply choose(List<Scored> scored) {
    if (scored.isEmpty() || scored.get(0).candidate().confidence() < thresholds.clarify()) {
      return new Reply.Escalate(EscalationReason.NO_MATCH, plain(scored));
    }
    Scored top = scored.get(0);
    List<Candidate> choices = new ArrayList<>();
    choices.add(top.candidate());
    for (Scored runnerUp : scored.subList(1, scored.size())) {
      if (runnerUp.candidate().confidence() >= thresholds.clarify()
          && runnerUp.candidate().confidence() >= top.candidate().confidence() * thresholds.closeRatio()) {
        choices.add(runnerUp.candidate());
      }
    }
    if (choices.size() > 1) {
      return new Reply.Clarify(choices);
    }
    return top.candidate().confidence() >= thresholds.answer()
        ? new Reply.Answer(top.candidate().entry(), top.candidate().confidence())
        : new Reply.Escalate(EscalationReason.NO_MATCH, plain(scored));
  }
}
