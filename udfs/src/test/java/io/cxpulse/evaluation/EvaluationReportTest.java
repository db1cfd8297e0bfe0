package io.cxpulse.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.sentiment.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

    /*
     * en: 2 texts, both right: accuracy 1, positive and negative F1 1; neutral absent, shown as
     *     "-" and left out -> macro 1.
     * he: gold positive right, gold negative predicted neutral: accuracy 1/2;
     *     positive F1 1, neutral P 0 R 0 F1 0 (predicted only), negative F1 0 -> macro 1/3.
     * all: 4 texts, 3 right: accuracy 0.75;
     *     positive P 2/2 R 2/2 F1 1; neutral F1 0; negative P 1/1 R 1/2 F1 2/3
     *     -> macro (1 + 0 + 2/3) / 3 = 5/9 = 0.556.
     */
    @Test
    void formatsHeaderTableAndConfusionMatrixPerLanguage() {
        List<LabelledText> texts = List.of(
                EvaluationTest.gold("positive", "positive", "en"),
                EvaluationTest.gold("negative", "negative", "en"),
                EvaluationTest.gold("positive", "positive", "he"),
                EvaluationTest.gold("negative", "neutral", "he"));
        Evaluation evaluation = Evaluation.run(texts, EvaluationTest.SCRIPTED, Language.AUTO);

        String expected = """
                Sentiment evaluation of gold.tsv (language auto)

                all: n=4  accuracy=0.750  macro-F1=0.556
                  class      precision  recall      F1    gold predicted
                  positive       1.000   1.000   1.000       2         2
                  neutral        0.000   0.000   0.000       0         1
                  negative       1.000   0.500   0.667       2         1
                  confusion (rows gold, columns predicted)
                              positive   neutral  negative
                  positive           2         0         0
                  neutral            0         0         0
                  negative           0         1         1

                en: n=2  accuracy=1.000  macro-F1=1.000
                  class      precision  recall      F1    gold predicted
                  positive       1.000   1.000   1.000       1         1
                  neutral            -       -       -       0         0
                  negative       1.000   1.000   1.000       1         1
                  confusion (rows gold, columns predicted)
                              positive   neutral  negative
                  positive           1         0         0
                  neutral            0         0         0
                  negative           0         0         1

                he: n=2  accuracy=0.500  macro-F1=0.333
                  class      precision  recall      F1    gold predicted
                  positive       1.000   1.000   1.000       1         1
                  neutral        0.000   0.000   0.000       0         1
                  negative       0.000   0.000   0.000       1         0
                  confusion (rows gold, columns predicted)
                              positive   neutral  negative
                  positive           1         0         0
                  neutral            0         0         0
                  negative           0         1         0
                """;
        assertEquals(expected, EvaluationReport.format(evaluation, "gold.tsv"));
    }

    @Test
    void emptyEvaluationShowsUndefinedFiguresAsDash() {
        Evaluation evaluation = Evaluation.run(List.of(), EvaluationTest.SCRIPTED, Language.AUTO);
        String report = EvaluationReport.format(evaluation, "empty.tsv");
        assertEquals("all: n=0  accuracy=-  macro-F1=-", report.lines().toList().get(2));
    }
}
