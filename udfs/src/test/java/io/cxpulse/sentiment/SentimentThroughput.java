package io.cxpulse.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A quick single-thread throughput check, not a unit test: scores the {@code comment} of every
 * line of a feedback JSONL file many times after warm-up, and runs a bare StandardTokenizer +
 * LowerCaseFilter pass over the same texts for comparison.
 *
 * <p>Run: {@code java -cp <test classpath> io.cxpulse.sentiment.SentimentThroughput
 * sample-data/cx.feedback.jsonl [rounds]}
 */
public final class SentimentThroughput {

    private SentimentThroughput() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "sample-data/cx.feedback.jsonl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<String> texts = comments(file);
        LexiconSentimentScorer scorer = LexiconSentimentScorer.shared();
        Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        for (int warm = 0; warm < 3; warm++) {
            runScorer(scorer, texts, Math.max(1, rounds / 3));
            runAnalyzer(standard, texts, Math.max(1, rounds / 3));
        }
        Analyzer chain = CustomerTextAnalyzer.withBundledLexicons();
        runAnalyzer(chain, texts, rounds);
        long scorerNanos = Long.MAX_VALUE;
        long standardNanos = Long.MAX_VALUE;
        long chainNanos = Long.MAX_VALUE;
        for (int trial = 0; trial < 3; trial++) {
            scorerNanos = Math.min(scorerNanos, runScorer(scorer, texts, rounds));
            standardNanos = Math.min(standardNanos, runAnalyzer(standard, texts, rounds));
            chainNanos = Math.min(chainNanos, runAnalyzer(chain, texts, rounds));
        }
        double sentences = (double) texts.size() * rounds;
        System.out.printf("texts %d x %d rounds%n", texts.size(), rounds);
        System.out.printf("scorer    %,.0f sentences/s%n", sentences / (scorerNanos / 1e9));
        System.out.printf("standard  %,.0f sentences/s%n", sentences / (standardNanos / 1e9));
        System.out.printf("chain     %,.0f sentences/s (analysis only)%n",
                sentences / (chainNanos / 1e9));
        System.out.printf("ratio     %.2f x%n", (double) scorerNanos / standardNanos);
    }

    private static long runScorer(SentimentScorer scorer, List<String> texts, int rounds) {
        long start = System.nanoTime();
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                sink += scorer.score(text).score();
            }
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 12345.678) {
            System.out.println(sink);
        }
        return elapsed;
    }

    private static long runAnalyzer(Analyzer analyzer, List<String> texts, int rounds)
            throws IOException {
        long start = System.nanoTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                try (TokenStream stream = analyzer.tokenStream("text", text)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        sink += term.length();
                    }
                    stream.end();
                }
            }
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            System.out.println(sink);
        }
        return elapsed;
    }

    private static List<String> comments(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        String all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (String line : all.split("\n")) {
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (IOException e) {
                continue;
            }
            JsonNode comment = node == null ? null : node.get("comment");
            if (comment != null && comment.isTextual()) {
                texts.add(comment.asText());
            }
        }
        return texts;
    }
}
