package io.cxpulse.alerts;

/**
 * What a rule concludes from one input about one subject.
 *
 * @param state {@link #FIRING} (the condition holds), {@link #CLEAR} (it demonstrably does not)
 *     or {@link #NONE} (nothing to say)
 * @param time event time of the conclusion, epoch ms
 * @param evidence the input's example text, or null
 */
public record Verdict(
        String state,
        long time,
        Subject subject,
        String severity,
        String window,
        long windowStart,
        long windowEnd,
        double observed,
        Double baseline,
        Double threshold,
        String message,
        Evidence evidence) {

    public static final String FIRING = "firing";
    public static final String CLEAR = "clear";
    public static final String NONE = "none";

    public static Verdict none(long time) {
        return new Verdict(NONE, time, null, null, null, 0, 0, 0, null, null, null, null);
    }

    public static Verdict clear(long time) {
        return new Verdict(CLEAR, time, null, null, null, 0, 0, 0, null, null, null, null);
    }

    public boolean firing() {
        return FIRING.equals(state);
    }
}
