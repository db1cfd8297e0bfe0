package io.cxpulse.evaluation;

import io.cxpulse.sentiment.Language;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentScorer;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a scorer's labels compare with labels people gave: one confusion matrix over all texts and
 * one per language, as the scorer reported it ({@code en}, {@code he}, {@code mixed},
 * {@code unknown}; with a forced language hint every text reports that language).
 */
public final class Evaluation {

    private static final List<String> LANGUAGE_ORDER =
            List.of(Language.ENGLISH, Language.HEBREW, Language.MIXED, Language.UNKNOWN);

    private final String languageHint;
    private final ConfusionMatrix overall;
    private final Map<String, ConfusionMatrix> byLanguage;

    private Evaluation(String languageHint, ConfusionMatrix overall,
            Map<String, ConfusionMatrix> byLanguage) {
        this.languageHint = languageHint;
        this.overall = overall;
        this.byLanguage = byLanguage;
    }

    /**
     * Scores every text with {@code scorer} and counts its label against the gold one.
     *
     * @param languageHint passed to the scorer: {@code auto}, {@code en} or {@code he}
     */
    public static Evaluation run(List<LabelledText> texts, SentimentScorer scorer,
            String languageHint) {
        Map<String, ConfusionMatrix> byLanguage = new TreeMap<>(
                Comparator.comparingInt(Evaluation::languageRank).thenComparing(l -> l));
        for (LabelledText text : texts) {
            Sentiment sentiment = scorer.score(text.text(), languageHint);
            String language =
                    sentiment.language() == null ? Language.UNKNOWN : sentiment.language();
            byLanguage.computeIfAbsent(language, l -> new ConfusionMatrix())
                    .add(text.label(), sentiment.label());
        }
        ConfusionMatrix overall = new ConfusionMatrix();
        byLanguage.values().forEach(overall::addAll);
        return new Evaluation(languageHint, overall,
                Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage)));
    }

    /** The language hint the texts were scored with. */
    public String languageHint() {
        return languageHint;
    }

    /** Counts over all texts. */
    public ConfusionMatrix overall() {
        return overall;
    }

    /** Counts per reported language, in the order en, he, mixed, unknown, then any other. */
    public Map<String, ConfusionMatrix> byLanguage() {
        return byLanguage;
    }

    private static int languageRank(String language) {
        int rank = LANGUAGE_ORDER.indexOf(language);
        return rank < 0 ? LANGUAGE_ORDER.size() : rank;
    }
}
