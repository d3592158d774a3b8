package com.clinicfaqbot.search;

import com.clinicfaqbot.faq.FaqProblem;
import com.clinicfaqbot.faq.SynonymRule;
import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** Builds Lucene's synonym map from the FAQ's Solr-format rules, one rule at a time for line numbers. */
final class Synonyms {
  private Synonyms() {}

  /**
   * Equivalent terms ({@code a, b, c}) all map to the first one, on both index and query side, so
   * one concept is one term: that keeps coverage and scoring simple and predictable.
   */
  static SynonymMap build(List<SynonymRule> rules, String file, List<FaqProblem> problems) {
    try (FaqAnalyzer plain = new FaqAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, false, plain);
      for (SynonymRule rule : rules) {
        try {
          parser.parse(new StringReader(rule.text()));
        } catch (ParseException | IllegalArgumentException e) {
          String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
          problems.add(new FaqProblem(file, rule.line(), "invalid synonym rule: " + cause));
        }
      }
      return parser.build();
    } catch (IOException e) {
      throw new IllegalStateException("in-memory synonym parsing failed", e);
    }
  }
}
