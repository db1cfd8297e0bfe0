package io.cxpulse.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.sentiment.Language;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentScorer;
import io.cxpulse.sentiment.SentimentTerm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    /** Predicts the label written before the colon and reports the language after it. */
    static final SentimentScorer SCRIPTED = (text, language) -> {
        String[] parts = text.split(":", 2);
        String reported = Language.AUTO.equals(language) ? parts[1] : language;
        return new Sentiment(0.0, parts[0], reported, new SentimentTerm[0]);
    };

    static LabelledText gold(String label, String predicted, String language) {
        return new LabelledText(label, predicted + ":" + language, 1);
    }

    static List<LabelledText> sample() {
        return List.of(
                gold("positive", "positive", "he"),
                gold("negative", "neutral", "he"),
                gold("positive", "positive", "en"),
                gold("neutral", "neutral", "unknown"),
                gold("negative", "negative", "mixed"),
                gold("negative", "negative", "en"));
    }

    @Test
    void groupsByReportedLanguageInFixedOrder() {
        Evaluation evaluation = Evaluation.run(sample(), SCRIPTED, Language.AUTO);

        assertEquals(List.of("en", "he", "mixed", "unknown"),
                new ArrayList<>(evaluation.byLanguage().keySet()));
        ConfusionMatrix hebrew = evaluation.byLanguage().get("he");
        assertEquals(2, hebrew.total());
        assertEquals(1, hebrew.count("negative", "neutral"));
        assertEquals(1.0, evaluation.byLanguage().get("en").accuracy());
    }

    @Test
    void overallSumsAllLanguages() {
        ConfusionMatrix overall = Evaluation.run(sample(), SCRIPTED, Language.AUTO).overall();
        assertEquals(6, overall.total());
        assertEquals(5, overall.correct());
        assertEquals(3, overall.goldCount("negative"));
        assertEquals(2, overall.predictedCount("neutral"));
    }

    @Test
    void forcedLanguageIsPassedToTheScorer() {
        Evaluation evaluation = Evaluation.run(sample(), SCRIPTED, Language.HEBREW);
        assertEquals(Language.HEBREW, evaluation.languageHint());
        assertEquals(List.of("he"), new ArrayList<>(evaluation.byLanguage().keySet()));
        assertEquals(6, evaluation.byLanguage().get("he").total());
    }

    @Test
    void noTextsGiveAnEmptyEvaluation() {
        Evaluation evaluation = Evaluation.run(List.of(), SCRIPTED, Language.AUTO);
        assertEquals(0, evaluation.overall().total());
        assertEquals(0, evaluation.byLanguage().size());
    }
}
