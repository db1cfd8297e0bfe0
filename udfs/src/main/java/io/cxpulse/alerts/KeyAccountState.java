package io.cxpulse.alerts;

/** What the key-account rule remembers per customer. A public-field POJO. */
public class KeyAccountState {
    /** EWMA of the account's answers 0-10, or -1 before the first. */
    public double score = -1;
    /** Answers seen so far. */
    public long answers;
    /** The score, and the answers behind it, as they were before the current run of bad signals. */
    public double before = -1;
    public long answersBefore;
    /** Event times of recent bad signals (detractor answers, negative texts), oldest first. */
    public long[] bad = new long[0];
    /** Event times of all recent inputs, oldest first. */
    public long[] recent = new long[0];

    /** When retention last said the account went silent, unless it came back since; or MIN_VALUE. */
    public long silentSince = Long.MIN_VALUE;
    /** That signal ({@code at_risk} or {@code silent_churn_risk}) and its reason. */
    public String silentSignal;
    public String silentDetail;
    /** Whether an alert is open because of the silence, for a return to activity to resolve. */
    public boolean silenceAlerted;

    public KeyAccountState() {}
}
