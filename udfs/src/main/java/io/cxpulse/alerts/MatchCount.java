package io.cxpulse.alerts;

/** A count of matches per subject, for rules that need no more. A public-field POJO. */
public class MatchCount {
    public long matches;

    public MatchCount() {}
}
