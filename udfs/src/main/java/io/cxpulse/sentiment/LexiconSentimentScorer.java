package io.cxpulse.sentiment;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A lexicon-and-rules sentiment scorer for English and Hebrew customer feedback, in the VADER
 * family: words and phrases from the lexicons, scaled by boosters, flipped by negators and
 * re-weighted around contrast words, summed and squashed into -1..1.
 *
 * <p>Thread-safe and never throws. Only the first {@link #MAX_ANALYZED_CHARS} chars of a text are
 * analyzed. Use {@link #shared()}: lexicons are loaded once and the analyzer reuses its token
 * streams per thread.
 */
public final class LexiconSentimentScorer implements SentimentScorer {

    /** Longer texts are scored on their first this many chars. */
    public static final int MAX_ANALYZED_CHARS = 10_000;

    private static final SentimentTerm[] NO_TERMS = new SentimentTerm[0];

    private final Analyzer analyzer;
    private final SentimentRules rules;

    LexiconSentimentScorer(LanguagePack english, LanguagePack hebrew, SentimentLexicon symbols) {
        CharArraySet hebrewWords = new CharArraySet(1024, false);
        hebrew.lexicon().addWordsTo(hebrewWords);
        hebrew.modifiers().addWordsTo(hebrewWords);
        this.analyzer = new CustomerTextAnalyzer(hebrewWords);
        this.rules = new SentimentRules(english, hebrew, symbols);
    }

    /** @return the process-wide scorer, created on first use */
    public static LexiconSentimentScorer shared() {
        return SharedScorerHolder.INSTANCE;
    }

    /** Loads a new scorer from the bundled lexicons; prefer {@link #shared()}. */
    static LexiconSentimentScorer fromBundledLexicons() {
        return new LexiconSentimentScorer(LanguagePack.english(), LanguagePack.hebrew(),
                SentimentLexicon.load("lexicon-symbols.tsv"));
    }

    @Override
    public Sentiment score(String text, String language) {
        String hint = hintOf(language);
        try {
            if (text == null || text.isEmpty()) {
                return neutral(reportedLanguage(hint, Language.UNKNOWN));
            }
            String analyzed = boundedPrefix(text);
            List<AnalyzedToken> tokens = TextTokenizer.tokenize(analyzer, analyzed);
            List<SentimentTerm> terms = rules.apply(analyzed, tokens,
                    !Language.HEBREW.equals(hint), !Language.ENGLISH.equals(hint));
            double sum = 0.0;
            for (SentimentTerm term : terms) {
                sum += term.weight();
            }
            double score = SentimentRules.normalize(sum);
            String detected = ScriptDetector.languageOf(analyzed);
            return new Sentiment(score, Sentiment.labelOf(score),
                    reportedLanguage(hint, detected), terms.toArray(NO_TERMS));
        } catch (Exception e) {
            return neutral(reportedLanguage(hint, Language.UNKNOWN));
        }
    }

    /** An explicit hint is reported as given; {@code auto} reports what the script shows. */
    private static String reportedLanguage(String hint, String detected) {
        return Language.AUTO.equals(hint) ? detected : hint;
    }

    private static String hintOf(String language) {
        if (language == null) {
            return Language.AUTO;
        }
        String hint = language.strip().toLowerCase(Locale.ROOT);
        return Language.ENGLISH.equals(hint) || Language.HEBREW.equals(hint) ? hint : Language.AUTO;
    }

    /** Cuts at MAX_ANALYZED_CHARS without splitting a surrogate pair. */
    static String boundedPrefix(String text) {
        if (text.length() <= MAX_ANALYZED_CHARS) {
            return text;
        }
        int cut = MAX_ANALYZED_CHARS;
        if (Character.isHighSurrogate(text.charAt(cut - 1))
                && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut);
    }

    private static Sentiment neutral(String language) {
        return new Sentiment(0.0, Sentiment.NEUTRAL, language, NO_TERMS);
    }
}
