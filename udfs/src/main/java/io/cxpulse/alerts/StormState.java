package io.cxpulse.alerts;

/** What the storm guard remembers per rule for the current hour. A public-field POJO. */
public class StormState {
    public long hourStart = Long.MIN_VALUE;
    public int opens;
    public int held;
    public boolean summaryOpen;
    public String severity;
    public long firstHeld;
    public long lastHeld;

    public StormState() {}
}
