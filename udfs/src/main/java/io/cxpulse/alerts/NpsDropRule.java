package io.cxpulse.alerts;

import io.cxpulse.nps.NpsStatistics;
import io.cxpulse.records.NpsRollup;
import java.time.Instant;
import java.util.Locale;

/**
 * Rule 3: a segment's windowed NPS falls below its trailing baseline (the pooled responses of
 * its previous windows) by more than the combined uncertainty of both: the drop must exceed
 * {@code noiseFactor} · sqrt(h_w² + h_b²), with h the half-widths of the 95% adjusted-Wald
 * intervals, and the minimum drop. A drop inside the noise is not an alert. A later window that is not a drop clears it.
 *
 * <p>A segment other than {@code overall} must also stand apart from all responses of the same
 * window: the top of its interval below the overall NPS. When one channel sinks the whole
 * business, the channel and the overall NPS alert, not every product and region that has some of
 * that channel's customers.
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
        long p = 0;
        long pa = 0;
        long d = 0;
        int used = 0;
        for (int i = h.starts.length - 1; i >= 0 && used < settings.baselineWindows(); i--) {
            if (h.starts[i] < r.windowStart()) {
                p += h.promoters[i];
                pa += h.passives[i];
                d += h.detractors[i];
                used++;
            }
        }
        remember(h, r);
        long time = r.windowEnd();
        long baselineResponses = p + pa + d;
        if (r.responses() < settings.minResponses() || baselineResponses < settings.minResponses()) {
            return Verdict.none(time);
        }
        NpsStatistics base = NpsStatistics.of(p, pa, d);
        double noise = settings.noiseFactor()
                * Math.hypot((r.ciHigh() - r.ciLow()) / 2, (base.ciHigh() - base.ciLow()) / 2);
        double allowed = Math.max(noise, settings.minDrop());
        double drop = base.nps() - r.nps();
        NpsRollup overall = in.overall();
        boolean sharesADropEverywhere = overall != null && r.ciHigh() >= overall.nps();
        if (drop <= allowed || sharesADropEverywhere) {
            return Verdict.clear(time);
        }
        Subject subject = subject(r);
        String message = String.format(Locale.ROOT,
                "NPS of %s fell to %+.0f in the %s from %s (%d responses), %.0f points below its"
                        + " baseline of %+.0f over the previous %d windows, beyond the %.0f points"
                        + " of noise%s.",
                subject.name(), r.nps(), r.window(), Instant.ofEpochMilli(r.windowStart()),
                r.responses(), drop, base.nps(), used, allowed, overall == null ? ""
                        : String.format(Locale.ROOT, "; all responses: %+.0f", overall.nps()));
        return new Verdict(Verdict.FIRING, time, subject, settings.severity(), r.window(),
                r.windowStart(), r.windowEnd(), CountRule.round(r.nps()),
                CountRule.round(base.nps()), CountRule.round(base.nps() - allowed), message, null);
    }

    private static Subject subject(NpsRollup r) {
        String name = r.dimension().equals("overall") ? "all responses"
                : "the " + r.value() + " " + r.dimension();
        return new Subject(Subject.SEGMENT, r.dimension() + '=' + r.value(), name, false);
    }

    /** Adds or replaces (a revision) the window, keeping the latest baseline + 1 windows. */
    private void remember(NpsHistory h, NpsRollup r) {
        int n = h.starts.length;
        int at = -1;
        for (int i = 0; i < n; i++) {
            if (h.starts[i] == r.windowStart()) {
                at = i;
            }
        }
        if (at < 0) {
            int keep = Math.min(n, settings.baselineWindows());
            long[][] cols = {h.starts, h.promoters, h.passives, h.detractors};
            long[][] next = new long[4][keep + 1];
            for (int c = 0; c < 4; c++) {
                System.arraycopy(cols[c], n - keep, next[c], 0, keep);
            }
            h.starts = next[0];
            h.promoters = next[1];
            h.passives = next[2];
            h.detractors = next[3];
            at = keep;
        }
        h.starts[at] = r.windowStart();
        h.promoters[at] = r.promoters();
        h.passives[at] = r.passives();
        h.detractors[at] = r.detractors();
        sort(h);
    }

    private static void sort(NpsHistory h) {
        for (int i = 1; i < h.starts.length; i++) {
            for (int j = i; j > 0 && h.starts[j - 1] > h.starts[j]; j--) {
                swap(h.starts, j);
                swap(h.promoters, j);
                swap(h.passives, j);
                swap(h.detractors, j);
            }
        }
    }

    private static void swap(long[] a, int j) {
        long t = a[j];
        a[j] = a[j - 1];
        a[j - 1] = t;
    }
}
