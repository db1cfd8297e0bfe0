package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    private final SentimentScorer scorer = LexiconSentimentScorer.shared();

    private void assertValid(String text) {
        Sentiment sentiment = assertDoesNotThrow(() -> scorer.score(text));
        assertNotNull(sentiment);
        assertTrue(sentiment.score() >= -1.0 && sentiment.score() <= 1.0);
        assertEquals(Sentiment.labelOf(sentiment.score()), sentiment.label());
        for (SentimentTerm term : sentiment.terms()) {
            assertEquals(text.substring(term.start(), term.end()), term.term());
        }
    }

    @Test
    void randomCodePointsAndLoneSurrogatesNeverThrow() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> text.append((char) (0xD800 + random.nextInt(0x800))); // surrogate
                    case 1 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                    case 2 -> text.append((char) random.nextInt(0x20)); // control chars
                    case 3 -> text.append("\u200B\u200F\u202E\uFEFF".charAt(random.nextInt(4)));
                    case 4 -> text.append((char) (0x05D0 + random.nextInt(27)));
                    default -> text.append(" good לא ");
                }
            }
            assertValid(text.toString());
        }
    }

    @Test
    void oneMegabyteTextScoresOnlyABoundedPrefix() {
        String text = "great ".repeat((1 << 20) / 6) + "terrible ".repeat(1000);
        assertValid(text);
        Sentiment sentiment = scorer.score(text);
        assertEquals(Sentiment.POSITIVE, sentiment.label());
        assertTrue(sentiment.truncated());
        assertFalse(scorer.score("great").truncated());
        assertTrue(sentiment.terms()[sentiment.terms().length - 1].end()
                <= LexiconSentimentScorer.MAX_ANALYZED_CHARS);
    }

    @Test
    void prefixCutDoesNotSplitSurrogatePairs() {
        String text = "a".repeat(LexiconSentimentScorer.MAX_ANALYZED_CHARS - 1) + "😀 bad";
        String prefix = LexiconSentimentScorer.boundedPrefix(text);
        assertEquals(LexiconSentimentScorer.MAX_ANALYZED_CHARS - 1, prefix.length());
        assertValid(text);
    }

    @Test
    void veryLongSingleTokenAndSeparatorsOnly() {
        assertValid("x".repeat(100_000));
        assertValid("ב".repeat(50_000));
        assertValid(",,,,....!!!!\n\n\t\t".repeat(1000));
        assertValid("\uDC00\uD800");
        assertValid(":-)))))))) <3<3<3 :'( ::::");
        assertValid("👨\u200D👩\u200D👧 🏳\uFE0F\u200D🌈 1\uFE0F\u20E3");
    }

    @Test
    void concurrentCallsAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] futures = new Future<?>[8];
            for (int t = 0; t < futures.length; t++) {
                futures[t] = pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String text = "not good, והשירות גרוע";
                        assertEquals(Sentiment.NEGATIVE, scorer.score(text).label());
                        assertEquals(Sentiment.POSITIVE, scorer.score("very helpful").label());
                    }
                });
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
