package com.clinicfaqbot.faq;

/** One line of {@code faq/synonyms.txt} (Solr format), kept with its line for error messages. */
public record SynonymRule(String text, int line) {}
