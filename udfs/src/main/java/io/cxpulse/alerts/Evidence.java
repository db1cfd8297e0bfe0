package io.cxpulse.alerts;

/**
 * One example text behind an alert.
 *
 * @param eventId the review's or response's event id
 * @param text the text, cut to {@link #MAX_TEXT} characters
 * @param terms the words that drove its sentiment, most negative first
 * @param score its sentiment score -1..1, used to keep the most telling examples
 */
public record Evidence(String eventId, String text, String[] terms, double score) {
    public static final int MAX_TEXT = 280;
    public static final int MAX_PER_ALERT = 3;

    public static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
