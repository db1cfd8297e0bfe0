package io.cxpulse.alerts;

/**
 * A counting rule: matches per subject in a sliding window against the subject's own usual
 * count. A subject's history starts with its first record, matching or not: exposures
 * ({@link CountObservation#exposure}) tell the rule how many records a subject had in each step,
 * so the hours in which records came and none matched count as zeros, and a subject's first
 * negative review is not its birth.
 *
 * <p>The usual matches per step are the subject's own rate (an EWMA of the matches per step,
 * folded in as steps leave the window so that a surge never raises its own baseline), raised
 * towards a prior borrowed from its parent (the parent's share of matching records times the
 * subject's own records per step) that counts as {@code prior-weight} of history, and scaled by
 * the window's traffic ({@link #trafficRatio}). A young subject is judged on the prior only when
 * its parent is at least {@code prior-weight} older ({@link #expectedPerStep}). Fires when the
 * count reaches the first count below {@code pValue} of a gamma-Poisson predictive count
 * ({@link GammaPoisson}), the minimum ratio to the expected count, and the minimum volume.
 */
public abstract class CountRule implements AlertRule<CountObservation, CountState> {
    private static final int REMEMBERED_THRESHOLDS = 4096;
    /** Records an exposure's parent share is weighed against at most: it follows change. */
    private static final double MAX_SHARE_WEIGHT = 1000;
    /** The lowest traffic ratio: a window never expects less than half its usual count. */
    static final double MIN_TRAFFIC = 0.5;

    private final String name;
    protected final CountRuleSettings settings;
    /** Thresholds by history and window: they change once per step for most subjects. */
    private transient java.util.LinkedHashMap<ThresholdKey, Long> thresholds;

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
        s.records = new int[settings.slots()];
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
            s.born = bucket;
        }
        if (bucket > s.newest) {
            advance(s, bucket - s.newest);
            s.newest = bucket;
        }
        if (bucket <= s.newest - slots) {
            return Verdict.none(input.time());   // older than the window: nothing to judge
        }
        s.born = Math.min(s.born, bucket);
        int slot = (int) Math.floorMod(bucket, (long) slots);
        s.ring[slot] += input.matches();
        s.records[slot] += input.records();
        if (input.records() > 0 && !Double.isNaN(input.parentShare())) {
            learnParentShare(s, input.parentShare(), input.records());
            s.parentSince = Math.min(s.parentSince, input.parentSince());
        }
        if (input.matches() == 0) {
            return Verdict.none(input.time());
        }
        double perStep = expectedPerStep(s);
        if (Double.isNaN(perStep)) {
            return Verdict.none(input.time());   // too little history to know what is usual
        }
        long observed = s.inWindow();
        double history = historySteps(s);
        double windowSteps = stepsInWindow(s) * trafficRatio(s);
        double expected = perStep * windowSteps;
        long threshold = Math.max(threshold(perStep * history, history, windowSteps),
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

    /**
     * The usual matches per step: own rate, raised towards the parent's share of the subject's
     * own records when that is higher, the parent counting as {@code prior-weight} of history
     * and own history as its steps up to the baseline span. A subject younger than
     * {@code prior-weight} is judged only when its parent had at least {@code prior-weight} of
     * history (in event time) when the subject was born (a new product of a known source),
     * counting its records so far, window included; otherwise (the first day of a run, when every
     * subject and parent is new) it is not judged (NaN).
     */
    double expectedPerStep(CountState s) {
        double own = Math.min(s.folded, baselineSteps());
        double prior = priorSteps();
        if (own < prior && (Double.isNaN(s.parentShare) || s.parentSince == Long.MAX_VALUE
                || s.born * settings.step().toMillis() - s.parentSince
                        < settings.priorWeight().toMillis())) {
            return Double.NaN;
        }
        if (Double.isNaN(s.parentShare)) {
            return s.rate;
        }
        double recordsPerStep = own >= prior ? s.volume
                : (s.volume * s.folded + s.recordsInWindow()) / (s.folded + stepsInWindow(s));
        return Math.max(s.rate, (own * s.rate + prior * s.parentShare * recordsPerStep)
                / (own + prior));
    }

    /** Steps of history behind {@link #expectedPerStep}: own, and the prior's when there is one. */
    private double historySteps(CountState s) {
        double own = Math.min(s.folded, baselineSteps());
        return Double.isNaN(s.parentShare) ? own : own + priorSteps();
    }

    /** Steps of the window the subject has lived. */
    private static long stepsInWindow(CountState s) {
        return Math.min(s.ring.length, s.newest - s.born + 1);
    }

    /**
     * The window's records that did not match against the usual, over the window's closed steps
     * (the newest step's records may still be on their way), with one record of each added so
     * that a subject of almost no records does not swing: a busy day expects more matches, a
     * surge of matches does not raise its own expectation. At least {@link #MIN_TRAFFIC}.
     */
    static double trafficRatio(CountState s) {
        int slots = s.ring.length;
        double usual = Math.max(s.volume - s.rate, 0);
        if (slots == 1 || s.folded == 0) {
            return 1;
        }
        int newest = (int) Math.floorMod(s.newest, (long) slots);
        long others = 0;
        for (int i = 0; i < slots; i++) {
            if (i != newest) {
                others += s.records[i] - s.ring[i];
            }
        }
        double ratio = (Math.max(others, 0) + usual + 1) / (usual * slots + 1);
        return Math.max(MIN_TRAFFIC, ratio);
    }

    private static void learnParentShare(CountState s, double share, int records) {
        double weight = Math.min(s.shareWeight, MAX_SHARE_WEIGHT);
        s.parentShare = Double.isNaN(s.parentShare) ? share
                : (s.parentShare * weight + share * records) / (weight + records);
        s.shareWeight = weight + records;
    }

    private long threshold(double historyCount, double historySteps, double windowSteps) {
        if (thresholds == null) {
            thresholds = new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<ThresholdKey, Long> eldest) {
                    return size() > REMEMBERED_THRESHOLDS;
                }
            };
        }
        // rounded to three significant digits, so that a subject's nearly equal questions share
        // one answer: a large subject's counts change with every record, its threshold hardly
        ThresholdKey key = new ThresholdKey(significant(historyCount), Math.round(historySteps),
                significant(windowSteps));
        return thresholds.computeIfAbsent(key, k -> GammaPoisson.threshold(k.count(), k.steps(),
                k.window(), settings.pValue(), settings.minVolume()));
    }

    private record ThresholdKey(double count, double steps, double window) {}

    /** {@code x} to three significant digits. */
    static double significant(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(x))));
        return Math.round(x * scale) / scale;
    }

    private void advance(CountState s, long steps) {
        int slots = s.ring.length;
        long moves = Math.min(steps, slots);
        for (long i = 1; i <= moves; i++) {
            int leaving = (int) Math.floorMod(s.newest + i, (long) slots);
            if (s.newest + i - slots >= s.born) {   // not a step before the subject's first
                fold(s, s.ring[leaving], s.records[leaving]);
            }
            s.ring[leaving] = 0;
            s.records[leaving] = 0;
        }
        for (long i = moves; i < steps && i < moves + 100_000; i++) {
            fold(s, 0, 0);   // empty steps between, bounded so a long silence stays cheap
        }
    }

    private void fold(CountState s, int matches, int records) {
        double lambda = Math.max(2.0 / (baselineSteps() + 1), 1.0 / (s.folded + 1));
        s.rate = lambda * matches + (1 - lambda) * s.rate;
        s.volume = lambda * records + (1 - lambda) * s.volume;
        s.folded++;
    }

    private double baselineSteps() {
        return (double) settings.baseline().toMillis() / settings.step().toMillis();
    }

    private double priorSteps() {
        return Math.max(1.0, (double) settings.priorWeight().toMillis() / settings.step().toMillis());
    }

    static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
