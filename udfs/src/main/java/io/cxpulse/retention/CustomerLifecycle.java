package io.cxpulse.retention;

import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.serde.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that move a customer between unseen, active, at risk and churned, and that name
 * the say-do gap. Inputs must come in event-time order, each one applied after the deadlines
 * before it ({@link #advanceTo}); the Flink adapter guarantees both. Pure: no Flink, no clock.
 *
 * <ul>
 *   <li><b>new</b>: a {@code signup} from a customer who has not signed up before, whatever
 *       activity came first (usage often shows up a few hours before the signup is recorded);
 *       or, when {@code retention.new.requires-signup} is false, the first activity of any
 *       kind, and then no later signup.
 *   <li><b>at risk</b>: silence longer than the customer's own limit
 *       ({@link TypicalGap#atRiskAfter}), a comment with churn intent, or a downgrade unusual for
 *       the customer ({@link Downgrades}).
 *   <li><b>churned</b>: a cancellation, or silence past {@code retention.churn.horizon}.
 *   <li><b>reactivated</b>: any activity after churn or after at-risk by silence; after at-risk by
 *       churn intent only a purchase, renewal or signup, since a customer who keeps opening
 *       tickets while saying they will leave has not come back; after at-risk by downgrade any
 *       activity once a downgrade memory has passed without another downgrade.
 * </ul>
 *
 * <p>Not final only so that a test can make it throw.
 */
public class CustomerLifecycle {

    /** Where signals and rollup facts go. */
    public interface Output {
        void signal(CustomerSignal signal);

        void fact(RetentionFact fact);
    }

    private final RetentionSettings settings;
    private final long window;
    private final Downgrades downgrades;

    public CustomerLifecycle(RetentionSettings settings) {
        this.settings = settings;
        this.window = settings.window().toMillis();
        this.downgrades = new Downgrades(settings.downgradeMemory());
    }

    /** Applies one input at its event time. */
    public void apply(CustomerState s, CustomerInput in, Output out) {
        long t = in.timestamp();
        emitPreviousActive(s, t, out);
        if (s.customerId == null) {
            s.customerId = in.customerId();
        }
        List<String> signals = new ArrayList<>(2);
        RetentionFact activity = null;
        switch (in.kind()) {
            case CustomerInput.ACCOUNT -> {
                s.tier = in.tier();
                s.annualValue = in.annualValue();
            }
            case CustomerInput.KEY_ACCOUNT -> s.paretoKey = in.keyAccount();
            case CustomerInput.FEEDBACK -> feedback(s, in, signals, out);
            default -> activity = interaction(s, in, signals, out);
        }
        sayDo(s, t, signals, out);
        fact(s, t, activity, signals, out);
    }

    /**
     * Applies the deadlines that fall at or before now: the retention denominator, at-risk and
     * churn by silence.
     *
     * @return true when the customer has been churned long enough for its state to go
     */
    public boolean advanceTo(CustomerState s, long now, Output out) {
        emitPreviousActive(s, now, out);
        List<String> signals = new ArrayList<>(2);
        if (s.lastActivity != CustomerState.NONE) {
            long silence = now - s.lastActivity;
            long limit = TypicalGap.atRiskAfter(s, settings);
            if (CustomerState.ACTIVE.equals(s.status) && silence >= limit
                    && silence < settings.churnHorizon().toMillis()) {
                to(s, CustomerState.AT_RISK, "inactivity", now);
                signals.add(emit(s, CustomerSignal.AT_RISK, now, "no activity for "
                        + Evidence.d(silence) + " days, past this customer's limit of "
                        + Evidence.d(limit) + " days (" + limitInWords() + ")", out));
            }
            if ((CustomerState.ACTIVE.equals(s.status) || CustomerState.AT_RISK.equals(s.status))
                    && silence >= settings.churnHorizon().toMillis()) {
                to(s, CustomerState.CHURNED, "inactivity", now);
                signals.add(emit(s, CustomerSignal.CHURNED, now, "no activity for "
                        + Evidence.d(silence) + " days, past the churn horizon of "
                        + Evidence.d(settings.churnHorizon().toMillis()) + " days", out));
            }
        }
        sayDo(s, now, signals, out);
        fact(s, now, null, signals, out);
        return CustomerState.CHURNED.equals(s.status)
                && now - s.statusSince >= settings.churnedRetention().toMillis();
    }

    /** The next time {@link #advanceTo} has something to do, or {@link CustomerState#NONE}. */
    public long nextDeadline(CustomerState s) {
        long next = s.previousActiveAt;
        if (s.lastActivity != CustomerState.NONE) {
            if (CustomerState.ACTIVE.equals(s.status)) {
                next = min(next, s.lastActivity + TypicalGap.atRiskAfter(s, settings));
            } else if (CustomerState.AT_RISK.equals(s.status)) {
                next = min(next, s.lastActivity + settings.churnHorizon().toMillis());
            }
        }
        if (CustomerState.CHURNED.equals(s.status)) {
            next = min(next, s.statusSince + settings.churnedRetention().toMillis());
        }
        return next;
    }

    private RetentionFact interaction(CustomerState s, CustomerInput in, List<String> signals,
            Output out) {
        long t = in.timestamp();
        String type = in.type();
        boolean first = s.firstSeen == CustomerState.NONE;
        if (first) {
            s.firstSeen = t;
        }
        if (s.lastActivity != CustomerState.NONE && t > s.lastActivity) {
            s.gaps = TypicalGap.add(s.gaps, t - s.lastActivity);
            s.atRiskAfter = CustomerState.NONE;
        }
        s.lastActivity = s.lastActivity == CustomerState.NONE ? t : Math.max(s.lastActivity, t);
        if (in.product() != null && !Whitespace.isBlank(in.product())) {
            s.product = in.product();
        }
        boolean spends = "purchase".equals(type) || "renewal".equals(type);
        double revenue = 0;
        if (spends) {
            s.purchases++;
            s.purchaseValue += in.amount();
            revenue = in.amount();
            s.purchaseAmounts = RecentTimes.add(s.purchaseAmounts, s.purchaseTimes, t, in.amount());
            s.purchaseTimes = RecentTimes.add(s.purchaseTimes, t);
        }
        if ("support_ticket".equals(type)) {
            s.ticketTimes = RecentTimes.add(s.ticketTimes, t);
        }
        prune(s, t);

        boolean firstSignup = "signup".equals(type) && s.signedUpAt == CustomerState.NONE;
        if (firstSignup) {
            s.signedUpAt = t;
        }
        if (settings.newRequiresSignup() ? firstSignup : first) {
            to(s, CustomerState.ACTIVE, null, t);
            signals.add(emit(s, CustomerSignal.NEW, t, first ? "first activity: " + type
                    : "signed up, first seen " + Evidence.d(t - s.firstSeen) + " days earlier",
                    out));
        }
        String status = s.status;
        if ("cancellation".equals(type)) {
            if (!CustomerState.CHURNED.equals(status)) {
                to(s, CustomerState.CHURNED, "cancellation", t);
                signals.add(emit(s, CustomerSignal.CHURNED, t, "cancelled", out));
            }
        } else if (CustomerState.CHURNED.equals(status)
                || (CustomerState.AT_RISK.equals(status) && comesBack(s, type, t))) {
            String was = status.equals(CustomerState.CHURNED) ? "churned" : "at risk";
            String since = Evidence.d(t - s.statusSince);
            String cause = s.cause;
            to(s, CustomerState.ACTIVE, null, t);
            signals.add(emit(s, CustomerSignal.REACTIVATED, t, type + " after " + since
                    + " days " + was + " (" + cause + ")", out));
        } else if (CustomerState.UNSEEN.equals(status)) {
            to(s, CustomerState.ACTIVE, null, t);
        }
        if ("downgrade".equals(type)) {
            downgrade(s, t, signals, out);
        }

        long start = Math.floorDiv(t, window) * window;
        int active = 0;
        if (s.activeWindow == CustomerState.NONE || start > s.activeWindow) {
            active = 1;
            if (s.activeWindow == start - window && s.previousSegment != null) {
                // counted in the segment it was counted in as previously active, so that a
                // segment's retention rate never exceeds 1 when the customer's segment changes
                String[] p = s.previousSegment;
                out.fact(new RetentionFact(t, p[0], p[1], p[2], 0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
            }
            s.previousSegment = null;
            s.activeWindow = start;
            s.previousActiveAt = start + window;
        }
        return new RetentionFact(t, s.tier, s.product, s.region, active, 0, 0, 0, 0, 0, 0,
                0, 0, revenue);
    }

    /**
     * Whether an activity takes an at-risk customer back to active: any activity after silence;
     * after a downgrade, any activity once {@code retention.downgrade.memory} has passed without
     * another ({@link Downgrades#recovered}), since purchases and renewals go on as routine while
     * a customer contracts; after churn intent, a purchase, renewal or signup.
     */
    private boolean comesBack(CustomerState s, String type, long t) {
        if ("inactivity".equals(s.cause)) {
            return true;
        }
        if ("downgrade".equals(s.cause)) {
            return !"downgrade".equals(type) && downgrades.recovered(s, t);
        }
        return "purchase".equals(type) || "renewal".equals(type) || "signup".equals(type);
    }

    /**
     * A downgrade puts an active customer at risk only when it is unusual for the customer
     * ({@link Downgrades#unusual}); one while at risk keeps the customer there, the cause now the
     * downgrade, with no new signal.
     */
    private void downgrade(CustomerState s, long t, List<String> signals, Output out) {
        boolean unusual = downgrades.unusual(s, t);
        long previous = s.lastDowngrade;
        s.lastDowngrade = previous == CustomerState.NONE ? t : Math.max(previous, t);
        if (CustomerState.ACTIVE.equals(s.status) && unusual) {
            to(s, CustomerState.AT_RISK, "downgrade", t);
            signals.add(emit(s, CustomerSignal.AT_RISK, t, "downgraded, " + downgrades.why(s,
                    previous, t), out));
        } else if (CustomerState.AT_RISK.equals(s.status)) {
            s.cause = "downgrade";
        }
    }

    private void feedback(CustomerState s, CustomerInput in, List<String> signals, Output out) {
        long t = in.timestamp();
        if (in.region() != null && !Whitespace.isBlank(in.region())) {
            s.region = in.region();
        }
        if (s.product == null && in.product() != null && !Whitespace.isBlank(in.product())) {
            s.product = in.product();
        }
        s.lastNps = in.nps();
        s.lastNpsClass = in.npsClass();
        s.lastNpsAt = t;
        if (in.sentiment() != null) {
            s.lastSentiment = in.sentiment();
            s.lastSentimentScore = in.sentimentScore();
            s.churnIntent = in.churnIntent();
        }
        if (in.churnIntent()
                && (CustomerState.ACTIVE.equals(s.status) || CustomerState.UNSEEN.equals(s.status))) {
            to(s, CustomerState.AT_RISK, "churn_intent", t);
            signals.add(emit(s, CustomerSignal.AT_RISK, t, "said they may leave: answered "
                    + in.nps() + " (" + in.npsClass() + ") with churn intent in the comment", out));
        }
    }

    private void sayDo(CustomerState s, long now, List<String> signals, Output out) {
        if (CustomerState.ACTIVE.equals(s.status)) {
            s.silentChurnRisk = false;
        } else if (!s.silentChurnRisk && SayDoGap.silentChurnRisk(s)) {
            s.silentChurnRisk = true;
            signals.add(emit(s, CustomerSignal.SILENT_CHURN_RISK, now, Evidence.said(s)
                    + " yet is " + s.status.replace('_', ' ') + " (" + s.cause + ")", out));
        }
        if (!SayDoGap.saysNegative(s) || !CustomerState.ACTIVE.equals(s.status)) {
            s.loyalCritic = false;
        } else if (!s.loyalCritic && SayDoGap.loyalCritic(s, now, settings)) {
            s.loyalCritic = true;
            // A critic whose answers swing is still the same critic: signal once per lookback.
            boolean repeat = s.loyalCriticAt != CustomerState.NONE
                    && now - s.loyalCriticAt < settings.loyalCriticLookback().toMillis();
            if (!repeat) {
                s.loyalCriticAt = now;
                signals.add(emit(s, CustomerSignal.LOYAL_CRITIC, now, Evidence.said(s)
                        + " yet keeps buying: " + SayDoGap.recentPurchases(s, now, settings)
                        + " purchases in the last "
                        + Evidence.d(settings.loyalCriticLookback().toMillis()) + " days", out));
            }
        }
    }

    private void emitPreviousActive(CustomerState s, long now, Output out) {
        if (s.previousActiveAt != CustomerState.NONE && now >= s.previousActiveAt) {
            long at = s.previousActiveAt;
            s.previousActiveAt = CustomerState.NONE;
            s.previousSegment = new String[] {s.tier, s.product, s.region};
            out.fact(new RetentionFact(at, s.tier, s.product, s.region, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
        }
    }

    private static void fact(CustomerState s, long t, RetentionFact activity,
            List<String> signals, Output out) {
        RetentionFact f = activity != null ? activity
                : new RetentionFact(t, s.tier, s.product, s.region, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (String signal : signals) {
            f = f.plusSignal(signal);
        }
        if (!f.isEmpty()) {
            out.fact(f);
        }
    }

    private void prune(CustomerState s, long now) {
        int keep = RecentTimes.firstAfter(s.purchaseTimes,
                now - settings.loyalCriticLookback().toMillis());
        if (keep > 0) {
            s.purchaseTimes = java.util.Arrays.copyOfRange(s.purchaseTimes, keep, s.purchaseTimes.length);
            s.purchaseAmounts = java.util.Arrays.copyOfRange(s.purchaseAmounts, keep, s.purchaseAmounts.length);
        }
        int open = RecentTimes.firstAfter(s.ticketTimes, now - settings.ticketOpenFor().toMillis());
        if (open > 0) {
            s.ticketTimes = java.util.Arrays.copyOfRange(s.ticketTimes, open, s.ticketTimes.length);
        }
    }

    private static void to(CustomerState s, String status, String cause, long t) {
        s.status = status;
        s.cause = cause;
        s.statusSince = t;
    }

    private String emit(CustomerState s, String signal, long now, String reason, Output out) {
        out.signal(Evidence.signal(s, signal, now, reason, settings));
        return signal;
    }

    private String limitInWords() {
        return "a silence its own gaps reach in under "
                + Evidence.percent(settings.falseAlarmRate()) + " of weeks, at least "
                + Evidence.d(settings.atRiskFloor().toMillis()) + " and at most "
                + Evidence.d(settings.atRiskCeiling().toMillis()) + " days";
    }

    private static long min(long a, long b) {
        if (a == CustomerState.NONE) {
            return b;
        }
        return b == CustomerState.NONE ? a : Math.min(a, b);
    }
}
