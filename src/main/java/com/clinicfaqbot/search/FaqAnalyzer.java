package com.clinicfaqbot.search;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The one analyzer for the FAQ index and for clients' questions: English tokens, folded to ASCII,
 * stop words and chat filler removed, Porter-stemmed, then the clinic's synonyms mapped onto one
 * term per concept (so "lidocaine" and "numbing" become the same term on both sides).
 *
 * <p>Synonyms run after stemming; their rules are analyzed by the same chain minus synonyms, so
 * the rules match stemmed tokens. Flattening keeps multi-word rules indexable.
 */
public final class FaqAnalyzer extends Analyzer {
  /** Words clients type that say nothing about which entry they mean. */
  private static final Set<String> CHAT_FILLER =
      Set.of(
          "i", "im", "i'm", "me", "my", "you", "u", "ur", "your", "we", "our", "us", "it's", "its",
          "do", "does", "did", "can", "could", "would", "should", "will", "shall", "am", "is", "are",
          "was", "were", "be", "been", "have", "has", "had", "get", "got", "gonna", "wanna", "gotta",
          "lol", "omg", "pls", "plz", "please", "ok", "okay", "ya", "yeah", "hey", "hi", "hello",
          "just", "like", "really", "so", "um", "uh", "tbh", "ngl", "btw", "idk", "kinda", "sorta",
          "any", "anything", "where",
          "about", "from", "out", "all", "also", "too", "very", "what's",
          "whats", "hows", "how's", "there", "here", "know", "want", "need", "thing", "things",
          "y'all", "yall", "someone", "question", "questions", "ask", "wondering", "curious",
          "getting", "going", "doing", "one", "some", "pretty");

  static final CharArraySet STOP_WORDS = stopWords();

  private static final Set<String> DROPPED_TOKEN_TYPES =
      Set.of(
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);

  private final SynonymMap synonyms;

  /** An analyzer without synonyms: the chain synonym rules themselves are parsed with. */
  public FaqAnalyzer() {
    this(null);
  }

  public FaqAnalyzer(SynonymMap synonyms) {
    this.synonyms = synonyms;
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    set.addAll(CHAT_FILLER);
    return CharArraySet.unmodifiableSet(set);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new TypeTokenFilter(source, DROPPED_TOKEN_TYPES);
    stream = new EnglishPossessiveFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new PorterStemFilter(stream);
    if (synonyms != null && synonyms.fst != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
      stream = new FlattenGraphFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }
}
