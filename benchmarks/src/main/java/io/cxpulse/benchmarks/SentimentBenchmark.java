package io.cxpulse.benchmarks;

import io.cxpulse.sentiment.Language;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.SentimentScorer;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sentences per second of the sentiment scorer against a bare Lucene tokenizer (StandardTokenizer
 * and lower case, one reused Analyzer) over the same English and Hebrew sample texts. One
 * operation is one text; the ratio of the two says what the scoring rules cost beyond splitting
 * words. Run from the repository root, where {@code sample-data/} is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SentimentBenchmark {

    /** Texts per benchmark invocation. */
    static final int BATCH = 1000;

    private static final String FIELD = "text";

    private String[] english;
    private String[] hebrew;
    private SentimentScorer scorer;
    private Analyzer tokenizer;

    @Setup
    public void load() throws IOException {
        SampleTexts texts = SampleTexts.load(SampleTexts.DIRECTORY);
        english = SampleTexts.batch(texts.english(), BATCH);
        hebrew = SampleTexts.batch(texts.hebrew(), BATCH);
        scorer = LexiconSentimentScorer.shared();
        tokenizer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        System.out.printf(Locale.ROOT, "%nsample: en %d texts (%s), he %d texts (%s)%n",
                texts.english().size(), describe(english), texts.hebrew().size(), describe(hebrew));
    }

    @TearDown
    public void close() {
        tokenizer.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scorerEnglish(Blackhole blackhole) {
        score(english, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scorerHebrew(Blackhole blackhole) {
        score(hebrew, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void bareTokenizerEnglish(Blackhole blackhole) throws IOException {
        tokenize(english, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void bareTokenizerHebrew(Blackhole blackhole) throws IOException {
        tokenize(hebrew, blackhole);
    }

    private void score(String[] texts, Blackhole blackhole) {
        for (String text : texts) {
            blackhole.consume(scorer.score(text, Language.AUTO));
        }
    }

    private void tokenize(String[] texts, Blackhole blackhole) throws IOException {
        for (String text : texts) {
            try (TokenStream stream = tokenizer.tokenStream(FIELD, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    blackhole.consume(term.length());
                }
                stream.end();
            }
        }
    }

    /** Mean chars and tokens per text of a batch, to turn sentences/s into tokens/s. */
    private String describe(String[] batch) throws IOException {
        long chars = 0;
        long tokens = 0;
        for (String text : batch) {
            chars += text.length();
            try (TokenStream stream = tokenizer.tokenStream(FIELD, text)) {
                stream.reset();
                while (stream.incrementToken()) {
                    tokens++;
                }
                stream.end();
            }
        }
        return String.format(Locale.ROOT, "batch of %d: %.1f chars, %.1f tokens each",
                batch.length, (double) chars / batch.length, (double) tokens / batch.length);
    }
}
