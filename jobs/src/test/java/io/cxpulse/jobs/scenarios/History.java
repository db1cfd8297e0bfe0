package io.cxpulse.jobs.scenarios;

import java.util.List;

/**
 * A generated two-week history of one business: its raw input lines, the incidents it hides
 * (none when quiet), and its size for false-alarm rates.
 *
 * @param prefix starts every id, channel, product, region and source of this history, so that
 *     many histories can share one job run without sharing a subject
 * @param start first instant, epoch ms
 * @param end end of the history (exclusive), epoch ms
 * @param segments the segments the rules judge: channels, products, regions, sources x products
 *     (with all and unknown), complained-about aspects x products (with unknown)
 * @param keyAccounts key accounts among the customers
 */
public record History(long seed, String prefix, boolean quiet, long start, long end,
        List<InputLine> lines, List<PlantedIncident> incidents, int segments, int keyAccounts,
        String shape) {

    public int days() {
        return (int) ((end - start) / HistoryGenerator.DAY);
    }

    /** True when the alert is about a subject of this history. */
    public boolean owns(OpenedAlert a) {
        return a.subjectId().contains("=" + prefix) || a.subjectId().startsWith(prefix);
    }
}
