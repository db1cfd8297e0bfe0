package io.cxpulse.jobs.scenarios;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.Sentiment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The generated histories say what they mean to the scorer: quiet texts are not negative and
 * carry no intent, every complaint is negative about its aspect, churn and escalation texts
 * carry their intent. A change of the lexicons that breaks one says so here, not as a missed
 * incident.
 */
class ScenarioTextsTest {
    static final LexiconSentimentScorer SCORER = LexiconSentimentScorer.shared();

    @Test
    void eachTextScoresAsTheScenariosUseIt() {
        List<Executable> checks = new ArrayList<>();
        for (String text : concat(ScenarioTexts.POSITIVE, ScenarioTexts.MILD)) {
            Sentiment s = SCORER.score(text);
            checks.add(() -> assertTrue(s.score() > 0, text + ": " + s.score()));
            checks.add(() -> assertEquals(0, s.intents().length, text));
            checks.add(() -> assertTrue(Arrays.stream(s.aspects()).allMatch(a -> a.score() > 0),
                    text + " complains about nothing"));
        }
        for (String text : ScenarioTexts.NEGATIVE) {
            Sentiment s = SCORER.score(text);
            checks.add(() -> assertEquals(Sentiment.NEGATIVE, s.label(), text));
            checks.add(() -> assertEquals(0, s.intents().length, text));
        }
        for (Map.Entry<String, List<String>> e : ScenarioTexts.COMPLAINTS.entrySet()) {
            for (String text : e.getValue()) {
                Sentiment s = SCORER.score(text);
                checks.add(() -> assertTrue(Arrays.stream(s.aspects()).anyMatch(a ->
                        a.aspect().equals(e.getKey()) && a.score() < 0), text + ": "
                        + Arrays.toString(s.aspects())));
                checks.add(() -> assertEquals(0, s.intents().length, text));
            }
        }
        checks.add(() -> assertEquals(ScenarioTexts.COMPLAINTS.keySet(),
                new java.util.HashSet<>(ScenarioTexts.ASPECTS)));
        for (String text : ScenarioTexts.CHURN) {
            checks.add(() -> assertTrue(List.of(SCORER.score(text).intents()).contains("churn"), text));
        }
        for (String text : ScenarioTexts.ESCALATION) {
            Sentiment s = SCORER.score(text);
            checks.add(() -> assertTrue(List.of(s.intents()).contains("escalation"), text));
            checks.add(() -> assertFalse(List.of(s.intents()).contains("churn"), text));
        }
        assertAll(checks);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

}
