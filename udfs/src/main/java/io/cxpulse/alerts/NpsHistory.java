package io.cxpulse.alerts;

/**
 * The latest windows of one NPS segment, as counts, oldest first, each with the counts of all
 * responses of the same window (zeros when they were not known). A public-field POJO.
 */
public class NpsHistory {
    public long[] starts = new long[0];
    public long[] promoters = new long[0];
    public long[] passives = new long[0];
    public long[] detractors = new long[0];
    public long[] allPromoters = new long[0];
    public long[] allPassives = new long[0];
    public long[] allDetractors = new long[0];

    public NpsHistory() {}

    /**
     * The columns, all as long as {@link #starts}: state from before the counts of all responses
     * were kept has none, read as unknown.
     */
    long[][] columns() {
        int n = starts.length;
        allPromoters = sized(allPromoters, n);
        allPassives = sized(allPassives, n);
        allDetractors = sized(allDetractors, n);
        return new long[][] {starts, promoters, passives, detractors, allPromoters, allPassives,
                allDetractors};
    }

    private static long[] sized(long[] a, int n) {
        return a != null && a.length == n ? a : new long[n];
    }

    void columns(long[][] c) {
        starts = c[0];
        promoters = c[1];
        passives = c[2];
        detractors = c[3];
        allPromoters = c[4];
        allPassives = c[5];
        allDetractors = c[6];
    }
}
