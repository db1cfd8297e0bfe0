package io.cxpulse.alerts;

/**
 * A counting rule: matches per subject in a sliding window against the subject's own trailing
 * rate. The rate is an EWMA of the counts per step, folded in as steps leave the window so that
 * a surge never raises its own baseline. A new subject starts at the prior rate, weighted as one
 * day of history, then learns with weight max(λ, 1 / (n + prior steps)) where λ = 2 / (N + 1)
 * and N is the baseline span in steps; during its first two days it expects at least the prior.
 * Fires when the count reaches the Poisson threshold at the expected count for {@code pValue},
 * the minimum ratio to the expected count, and the minimum volume.
 */
public abstract class CountRule implements AlertRule<CountObservation, CountState> {
    private static final int REMEMBERED_THRESHOLDS = 4096;

    private final String name;
    protected final CountRuleSettings settings;
    /** Thresholds by expected count: a subject's expected count changes once per step. */
    private transient java.util.LinkedHashMap<Double, Long> thresholds;

    protected CountRule(String name, CountRuleSettings settings) {
        this.name = name;
        this.settings = settings;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String keyOf(CountObservation input) {
        return input.key();
    }

    @Override
    public long timeOf(CountObservation input) {
        return input.time();
    }

    @Override
    public Class<CountState> stateClass() {
        return CountState.class;
    }

    @Override
    public CountState newState() {
        CountState s = new CountState();
        s.ring = new int[settings.slots()];
        s.rate = priorPerStep();
        return s;
    }

    @Override
    public long clearAfterMillis() {
        return settings.window().toMillis();
    }

    @Override
    public long stateTtlMillis() {
        return settings.baseline().toMillis() * 2;
    }

    /** The sentence a person reads. */
    protected abstract String message(Subject subject, long observed, double expected, long threshold);

    @Override
    public Verdict observe(CountState s, CountObservation input) {
        long step = settings.step().toMillis();
        long bucket = Math.floorDiv(input.time(), step);
        int slots = s.ring.length;
        if (s.newest == Long.MIN_VALUE) {
            s.newest = bucket;
        }
        if (bucket > s.newest) {
            advance(s, bucket - s.newest);
            s.newest = bucket;
        }
        if (bucket <= s.newest - slots) {
            return Verdict.none(input.time());   // older than the window: nothing to judge
        }
        s.ring[(int) Math.floorMod(bucket, (long) slots)]++;
        long observed = s.inWindow();
        double rate = s.folded < 2 * priorSteps() ? Math.max(s.rate, priorPerStep()) : s.rate;
        double expected = Math.max(rate, 1e-9) * slots;
        long threshold = Math.max(poissonThreshold(expected),
                (long) Math.ceil(settings.minRatio() * expected));
        if (observed < threshold) {
            return Verdict.none(input.time());
        }
        long windowEnd = (s.newest + 1) * step;
        return new Verdict(Verdict.FIRING, input.time(), input.subject(), settings.severity(),
                CountRuleSettings.label(settings.window()), windowEnd - settings.window().toMillis(),
                windowEnd, observed, round(expected), (double) threshold,
                message(input.subject(), observed, expected, threshold), input.evidence());
    }

    private long poissonThreshold(double expected) {
        if (thresholds == null) {
            thresholds = new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Double, Long> eldest) {
                    return size() > REMEMBERED_THRESHOLDS;
                }
            };
        }
        return thresholds.computeIfAbsent(expected,
                e -> Poisson.threshold(e, settings.pValue(), settings.minVolume()));
    }

    private void advance(CountState s, long steps) {
        int slots = s.ring.length;
        long moves = Math.min(steps, slots);
        for (long i = 1; i <= moves; i++) {
            int leaving = (int) Math.floorMod(s.newest + i, (long) slots);
            fold(s, s.ring[leaving]);
            s.ring[leaving] = 0;
        }
        for (long i = moves; i < steps && i < moves + 100_000; i++) {
            fold(s, 0);   // empty steps between, bounded so a long silence stays cheap
        }
    }

    private void fold(CountState s, int count) {
        double lambda = Math.max(2.0 / (baselineSteps() + 1), 1.0 / (s.folded + priorSteps()));
        s.rate = lambda * count + (1 - lambda) * s.rate;
        s.folded++;
    }

    private double baselineSteps() {
        return (double) settings.baseline().toMillis() / settings.step().toMillis();
    }

    private double priorSteps() {
        return Math.max(1.0, 86_400_000.0 / settings.step().toMillis());
    }

    private double priorPerStep() {
        return settings.priorPerDay() * settings.step().toMillis() / 86_400_000.0;
    }

    static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
