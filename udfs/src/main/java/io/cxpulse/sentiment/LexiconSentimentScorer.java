package io.cxpulse.sentiment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A lexicon-and-rules sentiment scorer for English and Hebrew customer feedback, in the VADER
 * family: words and phrases from the lexicons, scaled by boosters, flipped by negators and
 * re-weighted around contrast words (see {@link SentimentRules}), summed and squashed into -1..1;
 * plus the aspects the text talks about and the intents it states (see {@link AspectsAndIntents}).
 *
 * <p>Thread-safe and never throws. Only the first {@link #MAX_ANALYZED_CHARS} chars of a text are
 * analyzed; {@link Sentiment#truncated()} tells when a text was longer. Use {@link #shared()}:
 * lexicons are loaded once and shared read-only; each thread reuses its token stream and buffers.
 */
public final class LexiconSentimentScorer implements SentimentScorer {

    /** Longer texts are scored on their first this many chars. */
    public static final int MAX_ANALYZED_CHARS = 10_000;

    private static final String FIELD = "text";
    private static final SentimentTerm[] NO_TERMS = new SentimentTerm[0];
    private static final int ALL_LANGUAGES =
            LexiconEntry.ENGLISH | LexiconEntry.HEBREW | LexiconEntry.SYMBOLS;

    private final Vocabulary vocabulary;
    private final CustomerTextAnalyzer analyzer;
    private final ThreadLocal<State> states;

    LexiconSentimentScorer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.analyzer = new CustomerTextAnalyzer(vocabulary);
        PhrasePairs pairs = new PhrasePairs(vocabulary);
        this.states = ThreadLocal.withInitial(() -> new State(vocabulary, pairs, analyzer));
    }

    /** @return the process-wide scorer over the bundled lexicons, created on first use */
    public static LexiconSentimentScorer shared() {
        return SharedScorerHolder.INSTANCE;
    }

    /** Loads a new scorer from the bundled lexicons; prefer {@link #shared()}. */
    static LexiconSentimentScorer fromBundledLexicons() {
        return new LexiconSentimentScorer(LexiconFiles.bundled().build());
    }

    /**
     * A scorer whose lexicon is the bundled one plus, or overridden by, the given entries:
     * {@code word<TAB>score} lines (VADER and AFINN layout; further columns are ignored), score
     * from -4 to 4, {@code #} comments and blank lines allowed. A phrase is written with spaces.
     * The language of each entry follows its script.
     *
     * @param sourceName named in error messages
     * @throws InvalidLexiconException naming the source and line of the first bad line
     */
    public static LexiconSentimentScorer withUserLexicon(String sourceName, List<String> lines) {
        Vocabulary.Builder builder = LexiconFiles.bundled();
        LexiconFiles.addScores(builder, sourceName, TabSeparatedResource.parse(lines));
        return new LexiconSentimentScorer(builder.build());
    }

    /** Reads a UTF-8 user lexicon file; see {@link #withUserLexicon(String, List)}. */
    public static LexiconSentimentScorer withUserLexicon(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
        Path name = file.getFileName();
        return withUserLexicon(name == null ? file.toString() : name.toString(), lines);
    }

    @Override
    public Sentiment score(String text, String language) {
        String hint = hintOf(language);
        try {
            if (text == null || text.isEmpty()) {
                return neutral(reportedLanguage(hint, Language.UNKNOWN), false);
            }
            String analyzed = boundedPrefix(text);
            boolean truncated = analyzed.length() < text.length();
            State state = states.get();
            TokenBuffer buffer = state.buffer;
            state.analyze(analyzed);
            int languages = languagesOf(hint);
            double sum = SentimentRules.apply(buffer, languages);
            state.tags.collect(buffer, languages);
            double score = SentimentRules.normalize(sum + state.tags.addIntentTerms(buffer));
            String detected = ScriptDetector.languageOf(analyzed);
            return new Sentiment(score, Sentiment.labelOf(score), reportedLanguage(hint, detected),
                    terms(buffer, state.strings, analyzed), state.tags.aspects(), state.tags.intents(), truncated);
        } catch (IOException | RuntimeException e) {
            return neutral(reportedLanguage(hint, Language.UNKNOWN),
                    text != null && text.length() > MAX_ANALYZED_CHARS);
        }
    }

    private static SentimentTerm[] terms(TokenBuffer b, TermStrings strings, String text) {
        if (b.termCount == 0) {
            return NO_TERMS;
        }
        SentimentTerm[] terms = new SentimentTerm[b.termCount];
        for (int t = 0; t < b.termCount; t++) {
            int start = b.start[b.termFirst[t]];
            int end = b.end[b.termLast[t]];
            terms[t] = new SentimentTerm(
                    strings.substring(text, start, end), b.termWeight[t], start, end);
        }
        if (!inTextOrder(terms)) {
            Arrays.sort(terms, Comparator.comparingInt(SentimentTerm::start));
        }
        return terms;
    }

    private static boolean inTextOrder(SentimentTerm[] terms) {
        for (int t = 1; t < terms.length; t++) {
            if (terms[t].start() < terms[t - 1].start()) {
                return false;
            }
        }
        return true;
    }

    /** An explicit hint is reported as given; {@code auto} reports what the script shows. */
    private static String reportedLanguage(String hint, String detected) {
        return Language.AUTO.equals(hint) ? detected : hint;
    }

    private static String hintOf(String language) {
        if (language == null || Language.AUTO.equals(language)) {
            return Language.AUTO;
        }
        String hint = language.strip().toLowerCase(Locale.ROOT);
        return Language.ENGLISH.equals(hint) || Language.HEBREW.equals(hint) ? hint : Language.AUTO;
    }

    private static int languagesOf(String hint) {
        return switch (hint) {
            case Language.ENGLISH -> LexiconEntry.ENGLISH | LexiconEntry.SYMBOLS;
            case Language.HEBREW -> LexiconEntry.HEBREW | LexiconEntry.SYMBOLS;
            default -> ALL_LANGUAGES;
        };
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

    private static Sentiment neutral(String language, boolean truncated) {
        return new Sentiment(0.0, Sentiment.NEUTRAL, language, NO_TERMS,
                new AspectSentiment[0], new String[0], truncated);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * One thread's buffers and its own token stream: the chain of the analyzer, built once per
     * thread and held here, so a text costs no second thread-local lookup in the Analyzer.
     */
    private static final class State {
        final TokenBuffer buffer;
        final AspectsAndIntents tags = new AspectsAndIntents();
        final TermStrings strings = new TermStrings();
        private final Consumer<Reader> source;
        private final TokenStream stream;
        private final CharTermAttribute termAtt;
        private final OffsetAttribute offsetAtt;
        private final SentimentCueAttribute cueAtt;
        private final TextReader reader = new TextReader();

        State(Vocabulary vocabulary, PhrasePairs pairs, CustomerTextAnalyzer analyzer) {
            this.buffer = new TokenBuffer(vocabulary, pairs);
            Analyzer.TokenStreamComponents components = analyzer.createComponents(FIELD);
            source = components.getSource();
            stream = components.getTokenStream();
            termAtt = stream.addAttribute(CharTermAttribute.class);
            offsetAtt = stream.addAttribute(OffsetAttribute.class);
            cueAtt = stream.addAttribute(SentimentCueAttribute.class);
        }

        void analyze(String text) throws IOException {
            buffer.clear();
            reader.text = text;
            reader.pos = 0;
            source.accept(reader);
            try (TokenStream ts = stream) {
                ts.reset();
                int length = text.length();
                while (ts.incrementToken()) {
                    buffer.add(termAtt, offsetAtt, cueAtt, length);
                }
                ts.end();
            } finally {
                reader.text = "";
            }
        }
    }

    /** A reusable reader over one String, like the Analyzer's own. */
    private static final class TextReader extends Reader {
        String text = "";
        int pos;

        @Override
        public int read(char[] buffer, int offset, int length) {
            int left = text.length() - pos;
            if (left <= 0) {
                return -1;
            }
            int n = Math.min(left, length);
            text.getChars(pos, pos + n, buffer, offset);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            text = "";
        }
    }
}
