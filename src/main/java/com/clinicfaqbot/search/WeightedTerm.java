package com.clinicfaqbot.search;

/**
 * A query term. {@code known} terms occur in the FAQ; a corrected misspelling carries a weight
 * below 1 so an exact word always counts for more than a guessed one.
 */
record WeightedTerm(String text, float weight, boolean known) {}
