package io.cxpulse.alerts;

/**
 * The latest windows of one NPS segment, as counts, oldest first. A public-field POJO.
 */
public class NpsHistory {
    public long[] starts = new long[0];
    public long[] promoters = new long[0];
    public long[] passives = new long[0];
    public long[] detractors = new long[0];

    public NpsHistory() {}
}
