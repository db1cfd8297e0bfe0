package io.cxpulse.alerts;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Rule 4: a key account at risk. A retention signal of silence fires when the account is still
 * silent {@code silence-grace} later, and resolves when it is active again; one detractor answer
 * (or a negative text without an answer: a review of 1-2 stars or with negative words) with
 * churn or escalation intent fires at once with
 * {@code intent-alone} (the default); detractor answers and negative texts that drift in fire
 * when they pile up (see {@link KeyAccountSettings}) on an account whose own answers scored well
 * before them: a key account turning detractor, not one that always grumbles.
 */
public final class KeyAccountRule implements AlertRule<CustomerAlertInput, KeyAccountState> {
    /** Weight of a new answer in the account's score EWMA. */
    static final double LAMBDA = 0.3;

    private final KeyAccountSettings settings;

    public KeyAccountRule(KeyAccountSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return AlertSettings.KEY_ACCOUNT;
    }

    /** Only key accounts with an id are judged. */
    public boolean judges(CustomerAlertInput in) {
        return in.keyAccount() && in.customerId() != null;
    }

    @Override
    public String keyOf(CustomerAlertInput in) {
        return in.customerId();
    }

    @Override
    public long timeOf(CustomerAlertInput in) {
        return in.time();
    }

    @Override
    public Class<KeyAccountState> stateClass() {
        return KeyAccountState.class;
    }

    @Override
    public KeyAccountState newState() {
        return new KeyAccountState();
    }

    @Override
    public long clearAfterMillis() {
        return settings.clearAfter().toMillis();
    }

    @Override
    public long stateTtlMillis() {
        return Math.max(settings.window().toMillis(), settings.clearAfter().toMillis()) * 8;
    }

    @Override
    public Verdict observe(KeyAccountState s, CustomerAlertInput in) {
        if (silence(in)) {
            boolean pending = s.silentSince != Long.MIN_VALUE;
            if (!pending) {
                s.silentSince = in.time();
            }
            if (!pending || in.signal().equals(CustomerAlertInput.SILENT_CHURN_RISK)) {
                s.silentSignal = in.signal();
                s.silentDetail = in.detail();
            }
            return Verdict.none(in.time());
        }
        if (in.signal().equals(CustomerAlertInput.REACTIVATED)) {
            s.silentSince = Long.MIN_VALUE;
            boolean alerted = s.silenceAlerted;
            s.silenceAlerted = false;
            return alerted ? Verdict.clear(in.time()) : Verdict.none(in.time());
        }
        return judgeAnswer(s, in);
    }

    /** Silence must last {@code silenceGrace}: a key account back minutes later is no alarm. */
    @Override
    public long wakeAt(KeyAccountState s) {
        return s.silentSince == Long.MIN_VALUE ? Long.MIN_VALUE
                : s.silentSince + settings.silenceGrace().toMillis();
    }

    @Override
    public Verdict onWake(KeyAccountState s, String customerId, long time) {
        String why = (s.silentSignal.equals(CustomerAlertInput.AT_RISK)
                ? "retention marks it at risk" : "it has gone silent and may churn")
                + (s.silentDetail == null ? "" : ", " + s.silentDetail)
                + ", and it was still silent " + CountRuleSettings.label(settings.silenceGrace())
                + " later";
        s.silentSince = Long.MIN_VALUE;
        s.silenceAlerted = true;
        return firing(s, customerId, time, why, null);
    }

    private Verdict firing(KeyAccountState s, String customerId, long time, String why,
            Evidence evidence) {
        String message = String.format(Locale.ROOT, "Key account %s is at risk: %s (%s).",
                customerId, why, Instant.ofEpochMilli(time));
        Subject subject = new Subject(Subject.CUSTOMER, customerId, "key account " + customerId,
                true);
        return new Verdict(Verdict.FIRING, time, subject, settings.severity(),
                CountRuleSettings.label(settings.window()), time - settings.window().toMillis(),
                time, s.bad.length, s.before < 0 ? null : CountRule.round(s.before),
                (double) settings.minSignals(), message, evidence);
    }

    private static boolean silence(CustomerAlertInput in) {
        return in.signal().equals(CustomerAlertInput.AT_RISK)
                || in.signal().equals(CustomerAlertInput.SILENT_CHURN_RISK);
    }

    private Verdict judgeAnswer(KeyAccountState s, CustomerAlertInput in) {
        long since = in.time() - settings.window().toMillis();
        s.bad = Arrays.stream(s.bad).filter(t -> t > since).toArray();
        s.recent = append(Arrays.stream(s.recent).filter(t -> t > since).toArray(), in.time());
        boolean intent = in.hasIntent("churn") || in.hasIntent("escalation");
        // a detractor answer, churn or escalation words, or a negative text that is not the
        // gripe of a passive or promoter answer (those are too common to mean risk)
        boolean bad = intent || (in.nps() >= 0 ? in.nps() <= 6 : in.negative());
        if (bad) {
            if (s.bad.length == 0) {
                s.before = s.score;
                s.answersBefore = s.answers;
            }
            s.bad = append(s.bad, in.time());
        }
        if (in.nps() >= 0) {
            s.score = s.score < 0 ? in.nps() : LAMBDA * in.nps() + (1 - LAMBDA) * s.score;
            s.answers++;
        }
        String why = reason(s, in, bad);
        if (why == null) {
            return Verdict.none(in.time());
        }
        return firing(s, in.customerId(), in.time(), why, in.evidence());
    }

    /** Inputs since the first bad signal in the window: of those, most must be bad. */
    private static long sinceFirstBad(KeyAccountState s) {
        return Arrays.stream(s.recent).filter(t -> t >= s.bad[0]).count();
    }

    private static long[] append(long[] times, long time) {
        long[] more = Arrays.copyOf(times, times.length + 1);
        more[times.length] = time;
        return more;
    }

    private String reason(KeyAccountState s, CustomerAlertInput in, boolean bad) {
        // a detractor's answer, or a negative text without one (a review of 1-2 stars or with
        // negative words); a passive or promoter naming leaving, or a glowing review, mostly
        // tells of a past risk ("nearly switched, glad I stayed", "charged for a service I
        // cancelled"): it still counts as a bad signal for the slower rule
        boolean alone = settings.intentAlone() && (in.nps() >= 0 ? in.nps() <= 6 : in.negative());
        String answered = in.nps() >= 0 ? ", answering " + in.nps() : "";
        if (alone && in.hasIntent("churn")) {
            return "it says it may leave" + answered;
        }
        if (alone && in.hasIntent("escalation")) {
            return "it threatens to escalate" + answered;
        }
        if (bad && s.bad.length >= settings.minSignals()
                && s.bad.length >= settings.minBadShare() * sinceFirstBad(s)
                && s.answersBefore >= settings.minHistory()
                && (s.answersBefore == 0 || s.before >= settings.minBaselineScore())) {
            return String.format(Locale.ROOT,
                    "%d detractor answers or negative texts in %s%s, after its answers averaged %.1f",
                    s.bad.length, CountRuleSettings.label(settings.window()),
                    in.hasIntent("churn") ? ", the latest saying it may leave" : "", s.before);
        }
        return null;
    }
}
