package com.clinicfaqbot.search;

import com.clinicfaqbot.faq.FaqEntry;

/**
 * One FAQ entry that matched a question.
 *
 * @param score    the entry's BM25 score: its best phrasing (question or an alternate) plus its
 *     keywords and answer
 * @param coverage the share of the question's information (IDF-weighted terms) that the entry's
 *     text contains, in [0, 1]: low when the client talks about things the entry never mentions
 * @param closeness how alike the question and the entry's closest phrasing are, in [0, 1]: an
 *     IDF-weighted cosine of their terms, independent of question length (BM25 scores are not)
 * @param posterior the probability of this entry among the matching ones under a naive Bayes
 *     model of the words each entry is asked with, in [0, 1]
 */
public record EntryHit(FaqEntry entry, float score, double coverage, double closeness, double posterior) {}
