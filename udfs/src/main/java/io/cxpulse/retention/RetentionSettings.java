package io.cxpulse.retention;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of the retention pipeline: per-customer signals, the say-do gap, key accounts and
 * the retention rollups. Parsed from the job's flat settings; every key is optional.
 *
 * @param window the size of the retention rollup window
 * @param dimensions the rollup dimensions, from {@link #DIMENSIONS}
 * @param falseAlarmRate the accepted chance that a steady customer goes at risk by silence in a
 *     given week (per gap for customers whose typical gap is a week or more); see {@link TypicalGap}
 * @param atRiskFloor the least silence that makes a customer at risk
 * @param atRiskCeiling the most silence an active customer may keep without being at risk; also
 *     the limit while fewer than {@code minGaps} gaps are known
 * @param minGaps gaps between activities needed before the customer's own rhythm counts
 * @param churnHorizon silence after which a customer counts as churned
 * @param churnedRetention how long a churned customer's state is kept, to recognise a comeback
 * @param stateTtl processing-time TTL of per-customer state, a safety net for the event-time cleanup
 * @param newRequiresSignup whether only a {@code signup} makes a customer new; when false, any
 *     first activity the job sees does
 * @param loyalCriticLookback how far back purchases count towards "keeps buying"
 * @param loyalCriticMinPurchases purchases and renewals needed within the lookback
 * @param loyalCriticMinSpendRatio spend in the later half of the lookback, as a share of the
 *     earlier half's, that still counts as steady
 * @param ticketOpenFor how long a support ticket counts as open
 * @param downgradeMemory how far back a customer's own downgrades make a new one usual: a
 *     downgrade puts a customer at risk only after this long without one (as far as the job has
 *     seen the customer), and a customer at risk by downgrade recovers after this long without one
 * @param paretoShare the share of total annual value the key-account Pareto set makes up; 0 turns
 *     the Pareto set off (key accounts are then those of tier {@code key} only)
 * @param signalsTopic the per-customer signals topic
 * @param rollupsTopic the retention rollups topic
 */
public record RetentionSettings(
        Duration window,
        List<String> dimensions,
        double falseAlarmRate,
        Duration atRiskFloor,
        Duration atRiskCeiling,
        int minGaps,
        Duration churnHorizon,
        Duration churnedRetention,
        Duration stateTtl,
        boolean newRequiresSignup,
        Duration loyalCriticLookback,
        int loyalCriticMinPurchases,
        double loyalCriticMinSpendRatio,
        Duration ticketOpenFor,
        Duration downgradeMemory,
        double paretoShare,
        String signalsTopic,
        String rollupsTopic) implements java.io.Serializable {

    public static final List<String> DIMENSIONS = List.of("overall", "tier", "product", "region");

    /** Every key this class reads, with its default, in documentation order. */
    public static final Map<String, String> DEFAULTS = defaultsInOrder();

    private static Map<String, String> defaultsInOrder() {
        var m = new java.util.LinkedHashMap<String, String>();
        m.put("retention.window", "1d");
        m.put("retention.dimensions", "overall,tier,product,region");
        m.put("retention.at-risk.false-alarm-rate", "0.01");
        m.put("retention.at-risk.floor", "2d");
        m.put("retention.at-risk.ceiling", "45d");
        m.put("retention.typical-gap.min-gaps", "3");
        m.put("retention.churn.horizon", "90d");
        m.put("retention.churned.retention", "90d");
        m.put("retention.state.ttl", "400d");
        m.put("retention.new.requires-signup", "true");
        m.put("retention.loyal-critic.lookback", "30d");
        m.put("retention.loyal-critic.min-purchases", "2");
        m.put("retention.loyal-critic.min-spend-ratio", "0.8");
        m.put("retention.tickets.open-for", "7d");
        m.put("retention.downgrade.memory", "56d");
        m.put("key-accounts.pareto-share", "0.8");
        m.put("topic.customer-signals", "cx.customer-signals");
        m.put("topic.rollups.retention", "cx.rollups.retention");
        return java.util.Collections.unmodifiableMap(m);
    }

    public RetentionSettings {
        dimensions = List.copyOf(dimensions);
        positive("retention.window", window);
        positive("retention.at-risk.floor", atRiskFloor);
        positive("retention.churn.horizon", churnHorizon);
        positive("retention.churned.retention", churnedRetention);
        positive("retention.state.ttl", stateTtl);
        positive("retention.loyal-critic.lookback", loyalCriticLookback);
        positive("retention.tickets.open-for", ticketOpenFor);
        positive("retention.downgrade.memory", downgradeMemory);
        if (!(falseAlarmRate > 0 && falseAlarmRate < 0.5)) {
            throw new IllegalArgumentException(
                    "retention.at-risk.false-alarm-rate must be above 0 and below 0.5, got "
                    + falseAlarmRate);
        }
        if (atRiskCeiling.compareTo(atRiskFloor) < 0 || atRiskCeiling.compareTo(churnHorizon) >= 0) {
            throw new IllegalArgumentException("retention.at-risk.ceiling (" + atRiskCeiling
                    + ") must lie between retention.at-risk.floor (" + atRiskFloor
                    + ") and retention.churn.horizon (" + churnHorizon + ")");
        }
        if (minGaps < 1 || minGaps > TypicalGap.CAPACITY) {
            throw new IllegalArgumentException("retention.typical-gap.min-gaps must be 1-"
                    + TypicalGap.CAPACITY + ", got " + minGaps);
        }
        if (loyalCriticMinPurchases < 1) {
            throw new IllegalArgumentException(
                    "retention.loyal-critic.min-purchases must be at least 1");
        }
        if (!(loyalCriticMinSpendRatio >= 0)) {
            throw new IllegalArgumentException(
                    "retention.loyal-critic.min-spend-ratio must be 0 or more");
        }
        if (!(paretoShare >= 0 && paretoShare < 1)) {
            throw new IllegalArgumentException(
                    "key-accounts.pareto-share must be in [0, 1), got " + paretoShare);
        }
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("retention.dimensions must name at least one of "
                    + DIMENSIONS);
        }
        for (String d : dimensions) {
            if (!DIMENSIONS.contains(d)) {
                throw new IllegalArgumentException("retention.dimensions: unknown dimension \"" + d
                        + "\"; known: " + String.join(", ", DIMENSIONS));
            }
        }
    }

    public static RetentionSettings defaults() {
        return from(Map.of());
    }

    /**
     * Reads the settings this class knows from the job's flat settings, ignoring the others.
     * An unknown key under {@code retention.} or {@code key-accounts.} is a typo and fails.
     */
    public static RetentionSettings from(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if ((key.startsWith("retention.") || key.startsWith("key-accounts."))
                    && !DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("unknown setting \"" + key + "\"; known: "
                        + String.join(", ", DEFAULTS.keySet()));
            }
        }
        java.util.function.Function<String, String> get =
                key -> settings.getOrDefault(key, DEFAULTS.get(key)).trim();
        List<String> dimensions = new ArrayList<>();
        for (String d : get.apply("retention.dimensions").split(",")) {
            if (!d.isBlank()) {
                dimensions.add(d.trim());
            }
        }
        return new RetentionSettings(
                duration("retention.window", get.apply("retention.window")),
                dimensions,
                number("retention.at-risk.false-alarm-rate",
                        get.apply("retention.at-risk.false-alarm-rate")),
                duration("retention.at-risk.floor", get.apply("retention.at-risk.floor")),
                duration("retention.at-risk.ceiling", get.apply("retention.at-risk.ceiling")),
                (int) number("retention.typical-gap.min-gaps",
                        get.apply("retention.typical-gap.min-gaps")),
                duration("retention.churn.horizon", get.apply("retention.churn.horizon")),
                duration("retention.churned.retention", get.apply("retention.churned.retention")),
                duration("retention.state.ttl", get.apply("retention.state.ttl")),
                bool("retention.new.requires-signup", get.apply("retention.new.requires-signup")),
                duration("retention.loyal-critic.lookback",
                        get.apply("retention.loyal-critic.lookback")),
                (int) number("retention.loyal-critic.min-purchases",
                        get.apply("retention.loyal-critic.min-purchases")),
                number("retention.loyal-critic.min-spend-ratio",
                        get.apply("retention.loyal-critic.min-spend-ratio")),
                duration("retention.tickets.open-for", get.apply("retention.tickets.open-for")),
                duration("retention.downgrade.memory", get.apply("retention.downgrade.memory")),
                number("key-accounts.pareto-share", get.apply("key-accounts.pareto-share")),
                text("topic.customer-signals", get.apply("topic.customer-signals")),
                text("topic.rollups.retention", get.apply("topic.rollups.retention")));
    }

    /** Whether key accounts include the Pareto set of the most valuable customers. */
    public boolean paretoEnabled() {
        return paretoShare > 0;
    }

    private static final Pattern DURATION =
            Pattern.compile("(\\d+)\\s*(ms|s|sec|m|min|h|d|day|days)");

    /** A duration such as {@code 500ms}, {@code 30s}, {@code 15m}, {@code 6h}, {@code 2d}. */
    static Duration duration(String key, String text) {
        Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(key + " must be a duration such as 30s, 15m, 6h or"
                    + " 2d, got \"" + text + "\"");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s", "sec" -> Duration.ofSeconds(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    private static double number(String key, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got \"" + text + "\"");
        }
    }

    private static boolean bool(String key, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(
                    key + " must be true or false, got \"" + text + "\"");
        };
    }

    private static String text(String key, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(key + " must not be blank");
        }
        return text;
    }

    private static void positive(String key, Duration d) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(key + " must be positive, got " + d);
        }
    }
}
