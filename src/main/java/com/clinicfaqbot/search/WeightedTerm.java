package com.clinicfaqbot.search;

/**
 * A query term and its {@link TermIds number} ({@link TermIds#NONE} if the FAQ never uses it).
 * {@code known} terms occur in the FAQ; a corrected misspelling carries a weight below 1 so an
 * exact word always counts for more than a guessed one.
 */
record WeightedTerm(String text, int id, float weight, boolean known) {}
