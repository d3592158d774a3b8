package com.clinicfaqbot.app;

import com.clinicfaqbot.assistant.Assistant;
import com.clinicfaqbot.assistant.ConfidenceModel;
import com.clinicfaqbot.assistant.SmallTalk;
import com.clinicfaqbot.assistant.Thresholds;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.faq.FaqLoader;
import com.clinicfaqbot.search.FaqIndex;
import com.clinicfaqbot.search.FaqSearch;
import com.clinicfaqbot.triage.EnglishWords;
import com.clinicfaqbot.triage.Triage;
import java.nio.file.Path;

/**
 * The platform-free answer engine, loaded from an FAQ folder: what every surface (console, ask,
 * eval, Discord) shares. {@link #reload()} swaps in a new index only if the whole FAQ is valid.
 */
public final class CoreEngine {
  private final Path faqDir;
  private final FaqSearch search;
  private final Triage triage;
  private final Assistant assistant;

  private CoreEngine(Path faqDir, FaqSearch search, Triage triage, Assistant assistant) {
    this.faqDir = faqDir;
    this.search = search;
    this.triage = triage;
    this.assistant = assistant;
  }

  public static CoreEngine load(Path faqDir, Thresholds thresholds, ConfidenceModel model) throws FaqException {
    FaqSearch search = new FaqSearch(index(faqDir));
    Triage triage = Triage.standard(EnglishWords.load(), search.current().catalog());
    Assistant assistant = new Assistant(search, triage, new SmallTalk(), model, thresholds);
    warmUp(assistant);
    return new CoreEngine(faqDir, search, triage, assistant);
  }

  public static CoreEngine load(Path faqDir) throws FaqException {
    return load(faqDir, Thresholds.DEFAULT, ConfidenceModel.DEFAULT);
  }

  /**
   * Runs each path of {@code decide} once, so class loading and the first regex and index use
   * are part of start-up rather than the first client's wait.
   */
  private static void warmUp(Assistant assistant) {
    for (String text : new String[] {"hi", "does it hurt", "numing creme", "how much is it", "my face is bleeding"}) {
      assistant.decide(text);
    }
  }

  /** Loads, validates and indexes {@code faqDir}; throws with every problem, file and line. */
  public static FaqIndex index(Path faqDir) throws FaqException {
    FaqCatalog catalog = new FaqLoader().load(faqDir);
    return FaqIndex.build(catalog, faqDir);
  }

  /** Re-reads the FAQ folder; on any problem the current index stays and the problems are thrown. */
  public FaqCatalog reload() throws FaqException {
    FaqIndex next = index(faqDir);
    search.swap(next);
    return next.catalog();
  }

  /** The safety rules the assistant uses. */
  public Triage triage() {
    return triage;
  }

  public Assistant assistant() {
    return assistant;
  }

  /** The swappable index behind the assistant: what a reload changes. */
  public FaqSearch search() {
    return search;
  }

  /** The index in use now (it changes on reload). */
  public FaqIndex index() {
    return search.current();
  }

  public FaqCatalog catalog() {
    return search.current().catalog();
  }

  public Path faqDir() {
    return faqDir;
  }
}
