package io.cxpulse.evaluation;

import io.cxpulse.sentiment.Sentiment;
import java.util.List;

/**
 * One text with the label a person gave it.
 *
 * @param label {@code positive}, {@code neutral} or {@code negative}
 * @param text the text to score, as written
 * @param line the 1-based line of the file it came from
 */
public record LabelledText(String label, String text, int line) {

    /** The three labels, in the order reports and confusion matrices use. */
    public static final List<String> LABELS =
            List.of(Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE);

    public LabelledText {
        if (!LABELS.contains(label)) {
            throw new IllegalArgumentException(
                    "label must be positive, neutral or negative, got \"" + label + "\"");
        }
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }
}
