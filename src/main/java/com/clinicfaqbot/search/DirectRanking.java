package com.clinicfaqbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Ranks a small FAQ's entries from its own postings, without a Lucene index: for a few hundred
 * documents, writing, committing and opening an index took most of start-up (≈ 0.8 s cold for 22
 * entries) and setting up Lucene's scorers most of a question's search time, while scoring every
 * posting of a question's terms is a few hundred additions.
 *
 * <p>The scores are Lucene's: the same documents ({@link EntryDocs}), the same field statistics
 * and length norms as the index would store, and {@link BM25Similarity}'s formula with its default
 * parameters in the same float arithmetic; each document's clause scores are summed in double and
 * rounded to float as a disjunction does, and an entry scores as {@link EntryScores} sums it.
 * {@code DirectRankingTest} compares every hit with the Lucene ranking.
 */
final class DirectRanking implements EntryRanking {
  /** BM25Similarity's defaults, which the Lucene ranking uses. */
  private static final float K1 = 1.2f;
  private static final float B = 0.75f;
  /** BM25Similarity's table of the lengths each norm byte stands for. */
  private static final float[] LENGTH_TABLE = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
    }
  }

  private final EntryDocs docs;
  /** Per field, by term number: the documents holding the term, ascending; null where none does. */
  private final int[][][] postingDocs;
  /** Per field, by term number: the term's frequency in each of those documents, as a float. */
  private final float[][][] postingFreqs;
  /** Per field, by term number: BM25's IDF of the term in that field. */
  private final float[][] idfs;
  /** Per field and document: the length norm's entry of {@link #normInverses}, BM25's tf denominator. */
  private final float[][] docNormInverses;

  private DirectRanking(EntryDocs docs, int[][][] postingDocs, float[][][] postingFreqs, float[][] idfs,
      float[][] docNormInverses) {
    this.docs = docs;
    this.postingDocs = postingDocs;
    this.postingFreqs = postingFreqs;
    this.idfs = idfs;
    this.docNormInverses = docNormInverses;
  }

  /**
   * Postings of every field's documents. {@code fieldTexts.get(f).get(doc)} is document {@code doc}'s
   * text in field {@code f}, or null where the document has no such field; every term gets a number
   * in {@code ids}.
   */
  static DirectRanking of(EntryDocs docs, List<List<AnalyzedEntry.Tokens>> fieldTexts, TermIds ids) {
    int fields = fieldTexts.size();
    int[][][] postingDocs = new int[fields][][];
    float[][][] postingFreqs = new float[fields][][];
    float[][] idfs = new float[fields][];
    float[][] docNormInverses = new float[fields][];
    List<List<int[]>> byField = new ArrayList<>(fields);
    for (List<AnalyzedEntry.Tokens> texts : fieldTexts) {
      // Per document, its distinct terms' numbers and frequencies; numbers given in text order.
      List<int[]> termsOfDoc = new ArrayList<>(texts.size());
      for (AnalyzedEntry.Tokens text : texts) {
        termsOfDoc.add(text == null ? null : termFrequencies(text, ids));
      }
      byField.add(termsOfDoc);
    }
    for (int field = 0; field < fields; field++) {
      List<AnalyzedEntry.Tokens> texts = fieldTexts.get(field);
      List<int[]> termsOfDoc = byField.get(field);
      int[] docFreq = new int[ids.size()];
      long docCount = 0;
      long sumTotalTermFreq = 0;
      for (int doc = 0; doc < texts.size(); doc++) {
        int[] pairs = termsOfDoc.get(doc);
        if (pairs == null || pairs.length == 0) {
          continue;
        }
        docCount++;
        sumTotalTermFreq += texts.get(doc).terms().size();
        for (int p = 0; p < pairs.length; p += 2) {
          docFreq[pairs[p]]++;
        }
      }
      int[][] fieldDocs = new int[ids.size()][];
      float[][] fieldFreqs = new float[ids.size()][];
      float[] fieldIdfs = new float[ids.size()];
      for (int term = 0; term < docFreq.length; term++) {
        if (docFreq[term] > 0) {
          fieldDocs[term] = new int[docFreq[term]];
          fieldFreqs[term] = new float[docFreq[term]];
          fieldIdfs[term] = idf(docFreq[term], docCount);
        }
      }
      int[] filled = new int[ids.size()];
      float[] inverses = normInverses(docCount == 0 ? 1 : (float) (sumTotalTermFreq / (double) docCount));
      float[] docInverses = new float[texts.size()];
      for (int doc = 0; doc < texts.size(); doc++) {
        int[] pairs = termsOfDoc.get(doc);
        if (pairs == null || pairs.length == 0) {
          continue;
        }
        // BM25Similarity.computeNorm with overlaps discounted, as the index would store it.
        docInverses[doc] = inverses[SmallFloat.intToByte4(texts.get(doc).length()) & 0xFF];
        for (int p = 0; p < pairs.length; p += 2) {
          int term = pairs[p];
          fieldDocs[term][filled[term]] = doc;
          fieldFreqs[term][filled[term]++] = pairs[p + 1];
        }
      }
      postingDocs[field] = fieldDocs;
      postingFreqs[field] = fieldFreqs;
      idfs[field] = fieldIdfs;
      docNormInverses[field] = docInverses;
    }
    return new DirectRanking(docs, postingDocs, postingFreqs, idfs, docNormInverses);
  }

  /** The text's distinct terms as (number, frequency) pairs, in order of first use. */
  private static int[] termFrequencies(AnalyzedEntry.Tokens text, TermIds ids) {
    int[] pairs = new int[2 * text.terms().size()];
    int size = 0;
    for (String term : text.terms()) {
      int id = ids.add(term);
      int at = 0;
      while (at < size && pairs[at] != id) {
        at += 2;
      }
      if (at == size) {
        pairs[size] = id;
        size += 2;
      }
      pairs[at + 1]++;
    }
    return Arrays.copyOf(pairs, size);
  }

  /** BM25Similarity.idf. */
  private static float idf(long docFreq, long docCount) {
    return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  /** BM25Similarity.scorer's cache: per norm byte, 1 / (k1 (1 - b + b dl / avgdl)). */
  private static float[] normInverses(float avgdl) {
    float[] cache = new float[256];
    for (int i = 0; i < cache.length; i++) {
      cache[i] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[i] / avgdl));
    }
    return cache;
  }

  @Override
  public RankedEntries rank(Clauses clauses, int limit) {
    double[] sums = new double[docs.docs()];
    for (int c = 0; c < clauses.size(); c++) {
      int field = clauses.fields()[c];
      int term = clauses.terms()[c];
      int[] postings = postingDocs[field][term];
      float[] freqs = postingFreqs[field][term];
      float[] inverses = docNormInverses[field];
      // BM25Scorer.score: weight - weight / (1 + freq / norm), all in float.
      float weight = clauses.boosts()[c] * idfs[field][term];
      for (int p = 0; p < postings.length; p++) {
        int doc = postings[p];
        sums[doc] += weight - weight / (1f + freqs[p] * inverses[doc]);
      }
    }
    int entries = docs.entries();
    float[] bestPhrasing = new float[entries];
    float[] entryText = new float[entries];
    for (int entry = 0; entry < entries; entry++) {
      float best = 0f;
      for (int doc = docs.firstPhrasing(entry); doc < docs.endPhrasing(entry); doc++) {
        best = Math.max(best, (float) sums[doc]);
      }
      bestPhrasing[entry] = best;
      entryText[entry] = (float) sums[docs.textDoc(entry)];
    }
    return EntryScores.best(bestPhrasing, entryText, limit);
  }

  @Override
  public boolean holds(int field, int term) {
    return term >= 0 && term < postingDocs[field].length && postingDocs[field][term] != null;
  }
}
