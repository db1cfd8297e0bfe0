package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.sentiment.Language;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentScorer;
import io.cxpulse.sentiment.SentimentTerm;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreEvalTest {

    /** Positive on "great" or "מעולה", negative on "awful" or "גרוע", else neutral. */
    private static final SentimentScorer KEYWORDS = (text, language) -> {
        String label = text.contains("great") || text.contains("מעולה") ? Sentiment.POSITIVE
                : text.contains("awful") || text.contains("גרוע") ? Sentiment.NEGATIVE
                : Sentiment.NEUTRAL;
        String detected = text.chars().anyMatch(c -> c >= 'א' && c <= 'ת')
                ? Language.HEBREW : Language.ENGLISH;
        String reported = Language.AUTO.equals(language) ? detected : language;
        return new Sentiment(0.0, label, reported, new SentimentTerm[0]);
    };

    @TempDir
    Path dir;

    /*
     * line  gold      text                predicted  language
     *   2   positive  great coverage      positive   en
     *   3   positive  fine, I guess       neutral    en
     *   4   neutral   called on Monday    neutral    en
     *   5   negative  awful support       negative   en
     *   6   positive  שירות מעולה         positive   he
     *   7   negative  שירות גרוע          negative   he
     *   8   negative  לא ענו לי           neutral    he
     *   9   neutral   great, finally      positive   en
     *
     * all: 5 of 8 right, accuracy 0.625
     *   positive P 2/3 R 2/3 F1 2/3; neutral P 1/3 R 1/2 F1 2/5; negative P 2/2 R 2/3 F1 4/5
     *   macro-F1 = (2/3 + 2/5 + 4/5) / 3 = 28/45 = 0.622
     * en: 3 of 5 right, accuracy 0.600; F1 1/2, 1/2, 1 -> macro-F1 2/3 = 0.667
     * he: 2 of 3 right, accuracy 0.667; F1 1, 0 (neutral only predicted), 2/3
     *     -> macro-F1 5/9 = 0.556
     */
    private Path goldFile() throws Exception {
        Path file = dir.resolve("gold.tsv");
        Files.writeString(file, String.join("\n",
                "# label\ttext\tsource",
                "positive\tgreat coverage\tapp_store",
                "positive\tfine, I guess",
                "neutral\tcalled on Monday",
                "negative\tawful support",
                "positive\tשירות מעולה",
                "negative\tשירות גרוע",
                "negative\tלא ענו לי",
                "neutral\tgreat, finally",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    private static String evaluate(Path file, String language, SentimentScorer scorer)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCommand.evaluate(file, language, scorer, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportsAccuracyAndMacroF1OverallAndPerLanguage() throws Exception {
        Path file = goldFile();
        List<String> lines = evaluate(file, Language.AUTO, KEYWORDS).lines().toList();

        assertEquals("Sentiment evaluation of " + file + " (language auto)", lines.get(0));
        assertTrue(lines.contains("all: n=8  accuracy=0.625  macro-F1=0.622"), lines.toString());
        assertTrue(lines.contains("en: n=5  accuracy=0.600  macro-F1=0.667"), lines.toString());
        assertTrue(lines.contains("he: n=3  accuracy=0.667  macro-F1=0.556"), lines.toString());
        assertTrue(lines.contains("  neutral        0.333   0.500   0.400       2         3"),
                lines.toString());
        assertTrue(lines.contains("  negative           0         1         2"), lines.toString());
    }

    @Test
    void forcedLanguageGroupsEveryTextUnderIt() throws Exception {
        String report = evaluate(goldFile(), Language.HEBREW, KEYWORDS);
        assertTrue(report.contains("(language he)"), report);
        assertTrue(report.contains("\nhe: n=8  accuracy=0.625  macro-F1=0.622\n"), report);
        assertFalse(report.contains("\nen: "), report);
    }

    @Test
    void bundledScorerGetsClearTextsRight() throws Exception {
        Path file = dir.resolve("clear.tsv");
        Files.writeString(file, "positive\tThe service was great\nnegative\tnot good\n",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CliRun.expectingExit(0, "score", "--eval", file.toString());
        } finally {
            System.setOut(stdout);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("\nall: n=2  accuracy=1.000  macro-F1=1.000\n"), report);
        assertTrue(report.contains("\nen: n=2  accuracy=1.000  macro-F1=1.000\n"), report);
    }

    @Test
    void missingFileIsAUsageError() {
        String message = CliRun.expectingExit(2, "score", "--eval", dir.resolve("nope.tsv").toString());
        assertTrue(message.contains("--eval file not found: "), message);
    }

    @Test
    void malformedLineIsAUsageErrorNamingFileAndLine() throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "positive\tgreat\ngood\tfine\n", StandardCharsets.UTF_8);
        String message = CliRun.expectingExit(2, "score", "--eval", file.toString());
        assertTrue(message.contains(file + ":2: unknown label \"good\""), message);
    }

    @Test
    void fileWithoutLabelledTextsIsAUsageError() throws Exception {
        Path file = dir.resolve("empty.tsv");
        Files.writeString(file, "# nothing yet\n", StandardCharsets.UTF_8);
        assertTrue(CliRun.expectingExit(2, "score", "--eval", file.toString())
                .contains("no labelled texts"));
    }

    @Test
    void unknownLanguageIsRejectedInEvalMode() throws Exception {
        String message = CliRun.expectingExit(2, "score", "--eval", goldFile().toString(),
                "--language", "fr");
        assertTrue(message.contains("auto, en or he"), message);
    }
}
