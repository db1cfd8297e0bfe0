package io.cxpulse.alerts;

import io.cxpulse.nps.NpsStatistics;
import io.cxpulse.records.NpsRollup;
import java.time.Instant;
import java.util.Locale;

/**
 * Rule 3: a segment's windowed NPS falls below its trailing baseline (the pooled responses of
 * its previous windows) by more than the noise of the difference and by at least
 * {@code minDrop}. The two estimates are independent, so the difference has the sum of their
 * variances (adjusted-Wald, {@link NpsStatistics#adjustedVariance}); the drop must exceed
 * {@code noiseFactor} · 1.96 · sqrt(v_window + v_baseline), that is {@code noiseFactor} times the
 * combined 95% half-widths. Every segment with {@code minResponses} in the window and in the
 * baseline is judged: a small segment needs a large drop, a large one only {@code minDrop}.
 * A later window that is not a drop clears the alert.
 *
 * <p>A segment other than {@code overall} must also stand apart from the rest of the business
 * (all responses of the window minus the segment's) when the rest fell too: if the rest's drop
 * is itself beyond its noise, the segment alerts only when its own drop exceeds the rest's by
 * the noise of the four estimates and by {@code minDrop}. When one channel sinks the whole
 * business, the channel and {@code overall} alert, not every product and region that carries
 * its share of that channel's answers; a segment dropping alone is judged on its own.
 */
public final class NpsDropRule implements AlertRule<NpsDropInput, NpsHistory> {
    private final NpsDropSettings settings;

    public NpsDropRule(NpsDropSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return AlertSettings.NPS_DROP;
    }

    /** Only rollups of the configured window size are judged. */
    public boolean judges(NpsRollup r) {
        return r.windowEnd() - r.windowStart() == settings.window().toMillis();
    }

    @Override
    public String keyOf(NpsDropInput in) {
        return in.rollup().dimension() + '=' + in.rollup().value();
    }

    /** The last instant of the window, as Flink stamps a window's result. */
    @Override
    public long timeOf(NpsDropInput in) {
        return in.rollup().windowEnd() - 1;
    }

    @Override
    public Class<NpsHistory> stateClass() {
        return NpsHistory.class;
    }

    @Override
    public NpsHistory newState() {
        return new NpsHistory();
    }

    @Override
    public long clearAfterMillis() {
        return 2 * settings.window().toMillis();
    }

    @Override
    public long stateTtlMillis() {
        return (settings.baselineWindows() + 2) * settings.window().toMillis();
    }

    @Override
    public Verdict observe(NpsHistory h, NpsDropInput in) {
        NpsRollup r = in.rollup();
        NpsRollup all = in.overall();
        NpsCounts base = NpsCounts.NONE;
        NpsCounts restBase = NpsCounts.NONE;
        boolean restKnown = true;
        int used = 0;
        h.columns();
        for (int i = h.starts.length - 1; i >= 0 && used < settings.baselineWindows(); i--) {
            if (h.starts[i] < r.windowStart()) {
                base = base.plus(h.promoters[i], h.passives[i], h.detractors[i]);
                restBase = restBase.plus(h.allPromoters[i] - h.promoters[i],
                        h.allPassives[i] - h.passives[i], h.allDetractors[i] - h.detractors[i]);
                restKnown &= h.allPromoters[i] + h.allPassives[i] + h.allDetractors[i] > 0;
                used++;
            }
        }
        remember(h, r, all);
        long time = r.windowEnd();
        NpsCounts now = new NpsCounts(r.promoters(), r.passives(), r.detractors());
        if (now.responses() < settings.minResponses() || base.responses() < settings.minResponses()) {
            return Verdict.none(time);
        }
        double drop = base.nps() - now.nps();
        double allowed = allowed(now.variance() + base.variance());
        if (drop <= allowed) {
            return Verdict.clear(time);
        }
        if (all != null && restKnown && sharesTheRestsDrop(now, base, all, restBase, drop)) {
            return Verdict.clear(time);
        }
        NpsStatistics b = NpsStatistics.of(base.promoters(), base.passives(), base.detractors());
        Subject subject = subject(r);
        String message = String.format(Locale.ROOT,
                "NPS of %s fell to %+.0f in the %s from %s (%d responses), %.0f points below its"
                        + " baseline of %+.0f over the previous %d windows, beyond the %.0f points"
                        + " of noise%s.",
                subject.name(), r.nps(), r.window(), Instant.ofEpochMilli(r.windowStart()),
                r.responses(), drop, b.nps(), used, allowed, all == null ? ""
                        : String.format(Locale.ROOT, "; all responses: %+.0f", all.nps()));
        return new Verdict(Verdict.FIRING, time, subject, settings.severity(), r.window(),
                r.windowStart(), r.windowEnd(), CountRule.round(r.nps()),
                CountRule.round(b.nps()), CountRule.round(b.nps() - allowed), message, null);
    }

    /**
     * Whether the rest of the business (all responses less the segment's) fell beyond its own
     * noise and the segment's drop is not beyond the rest's by the noise of the four estimates.
     */
    private boolean sharesTheRestsDrop(NpsCounts now, NpsCounts base, NpsRollup all,
            NpsCounts restBase, double drop) {
        NpsCounts rest = new NpsCounts(all.promoters(), all.passives(), all.detractors()).minus(now);
        if (rest.responses() < settings.minResponses()
                || restBase.responses() < settings.minResponses()) {
            return false;
        }
        double restDrop = restBase.nps() - rest.nps();
        return restDrop > allowed(rest.variance() + restBase.variance())
                && drop - restDrop <= allowed(now.variance() + base.variance() + rest.variance()
                        + restBase.variance());
    }

    /** The drop a difference of this variance must exceed: its noise, and the minimum drop. */
    private double allowed(double variance) {
        return Math.max(settings.noiseFactor() * NpsStatistics.Z95 * Math.sqrt(variance),
                settings.minDrop());
    }

    private static Subject subject(NpsRollup r) {
        String name = r.dimension().equals("overall") ? "all responses"
                : "the " + r.value() + " " + r.dimension();
        return new Subject(Subject.SEGMENT, r.dimension() + '=' + r.value(), name, false);
    }

    /** Adds or replaces (a revision) the window, keeping the latest baseline + 1 windows. */
    private void remember(NpsHistory h, NpsRollup r, NpsRollup all) {
        int n = h.starts.length;
        int at = -1;
        for (int i = 0; i < n; i++) {
            if (h.starts[i] == r.windowStart()) {
                at = i;
            }
        }
        long[][] cols = h.columns();
        if (at < 0) {
            int keep = Math.min(n, settings.baselineWindows());
            long[][] next = new long[cols.length][keep + 1];
            for (int c = 0; c < cols.length; c++) {
                System.arraycopy(cols[c], n - keep, next[c], 0, keep);
            }
            cols = next;
            at = keep;
        }
        long[] row = {r.windowStart(), r.promoters(), r.passives(), r.detractors(),
                all == null ? 0 : all.promoters(), all == null ? 0 : all.passives(),
                all == null ? 0 : all.detractors()};
        for (int c = 0; c < cols.length; c++) {
            cols[c][at] = row[c];
        }
        for (int i = 1; i < cols[0].length; i++) {
            for (int j = i; j > 0 && cols[0][j - 1] > cols[0][j]; j--) {
                for (long[] col : cols) {
                    long t = col[j];
                    col[j] = col[j - 1];
                    col[j - 1] = t;
                }
            }
        }
        h.columns(cols);
    }
}
