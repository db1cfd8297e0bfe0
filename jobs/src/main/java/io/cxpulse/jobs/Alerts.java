package io.cxpulse.jobs;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertInputs;
import io.cxpulse.alerts.AlertRule;
import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.alerts.ComplaintClusterRule;
import io.cxpulse.alerts.CountObservation;
import io.cxpulse.alerts.CustomerAlertInput;
import io.cxpulse.alerts.EscalationRule;
import io.cxpulse.alerts.NpsDropInput;
import io.cxpulse.alerts.NpsDropRule;
import io.cxpulse.alerts.ReputationSurgeRule;
import io.cxpulse.functions.CountExposures;
import io.cxpulse.functions.EncodeOutput;
import io.cxpulse.functions.EvaluateAlertRule;
import io.cxpulse.functions.GuardAlertStorm;
import io.cxpulse.functions.PairWithOverallNps;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.AccountedReview;
import io.cxpulse.records.NpsRollup;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.serde.AlertJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.util.Collector;

/**
 * The {@code cx.alerts} output: five rules judged per subject in event-time order, one alert
 * per rule and subject while its condition lasts, a storm guard per rule. The rules whose
 * subject is a customer (key account, escalation) run in the per-customer operator
 * ({@link CustomerSignals}, uid {@code customers}), where reviews and survey answers meet their
 * customer's account as of their time; texts without a customer id with escalation intent are
 * judged here, each its own subject. Operator uids: {@code alert-inputs-<input>},
 * {@code alert-rule-<rule>} (for escalation: the texts without a customer id),
 * {@code alert-storm-guard}, {@code encode-alerts}.
 */
public final class Alerts {
    private static final TypeInformation<CountObservation> COUNT_OBSERVATIONS =
            TypeInformation.of(CountObservation.class);
    private static final TypeInformation<CustomerAlertInput> CUSTOMER_INPUTS =
            TypeInformation.of(CustomerAlertInput.class);

    private Alerts() {}

    public static DataStream<OutputRecord> encode(DataStream<Alert> alerts, AlertSettings settings,
            String deadLetterTopic) {
        return alerts
                .map(new EncodeOutput<>(settings.topic(), AlertJson::alert, Alert::alertId,
                        deadLetterTopic))
                .name("Encode alerts")
                .uid("encode-alerts");
    }

    /**
     * The alerts themselves, after the storm guard; null when every rule is disabled.
     *
     * @param comments survey responses, for the complaint-cluster rule and, without a customer
     *     id, the escalation rule
     * @param customerAlerts the alerts of the rules whose subject is a customer, judged in the
     *     per-customer operator ({@link CustomerSignals}); null when both rules are off
     * @param allowedLateness how long NPS rollups of a window may still be revised
     * @param failed takes the dead letters of records the rules and the storm guard throw on
     */
    public static DataStream<Alert> alerts(DataStream<ScoredReview> reviews,
            DataStream<ScoredFeedback> comments, DataStream<NpsRollup> npsRollups,
            DataStream<Alert> customerAlerts, AlertSettings settings, Duration allowedLateness,
            ProcessingDeadLetters failed) {
        return alerts(reviews, comments, npsRollups, customerAlerts, settings, allowedLateness,
                Long.MAX_VALUE, failed);
    }

    /**
     * As above, over a bounded input whose newest event time is {@code horizon}: no rule judges,
     * wakes or resolves after it, and no storm summary resolves for an hour ending after it.
     */
    public static DataStream<Alert> alerts(DataStream<ScoredReview> reviews,
            DataStream<ScoredFeedback> comments, DataStream<NpsRollup> npsRollups,
            DataStream<Alert> customerAlerts, AlertSettings settings, Duration allowedLateness,
            long horizon, ProcessingDeadLetters failed) {
        List<DataStream<Alert>> raised = new ArrayList<>();
        if (settings.reputationSurge().enabled()) {
            int maxRating = settings.reputationSurge().maxRating();
            DataStream<CountObservation> negative = reviews
                    .transform("Alert inputs: reviews by source", COUNT_OBSERVATIONS,
                            new CountExposures<ScoredReview>((r, counter, out) ->
                                    AlertInputs.negativeReviews(r, maxRating, counter, out),
                                    settings.reputationSurge().step().toMillis()))
                    .uid("alert-inputs-negative-reviews");
            raised.add(evaluate(negative, new ReputationSurgeRule(settings.reputationSurge()),
                    settings, horizon, failed));
        }
        if (settings.complaintCluster().enabled()) {
            int maxRating = settings.complaintCluster().maxRating();
            long step = settings.complaintCluster().step().toMillis();
            DataStream<CountObservation> complaints = reviews
                    .transform("Alert inputs: review complaints", COUNT_OBSERVATIONS,
                            new CountExposures<ScoredReview>((r, counter, out) ->
                                    AlertInputs.complaints(r, maxRating, counter, out),
                                    step))
                    .uid("alert-inputs-review-complaints")
                    .union(comments
                            .transform("Alert inputs: comment complaints", COUNT_OBSERVATIONS,
                                    new CountExposures<ScoredFeedback>(AlertInputs::complaints,
                                            step))
                            .uid("alert-inputs-comment-complaints"));
            raised.add(evaluate(complaints, new ComplaintClusterRule(settings.complaintCluster()),
                    settings, horizon, failed));
        }
        if (settings.npsDrop().enabled()) {
            NpsDropRule rule = new NpsDropRule(settings.npsDrop());
            KeySelector<NpsRollup, String> window = PairWithOverallNps::keyOf;
            raised.add(evaluate(failed.of(npsRollups
                    .filter(rule::judges)
                    .name("Alert inputs: NPS rollups of " + settings.npsDrop().window())
                    .uid("alert-inputs-nps-rollups")
                    .keyBy(window, Types.STRING)
                    .process(new PairWithOverallNps(allowedLateness))
                    .returns(NpsDropInput.class)
                    .name("Alert inputs: NPS rollups with all responses of their window")
                    .uid(PairWithOverallNps.OPERATOR)), rule, settings, horizon, failed));
        }
        if (customerAlerts != null) {
            raised.add(customerAlerts);
        }
        if (settings.escalation().enabled()) {
            // texts without a customer id: each its own subject, judged where it is
            EscalationRule rule = new EscalationRule(settings.escalation());
            raised.add(evaluate(reviews
                    .flatMap((ScoredReview r, Collector<CustomerAlertInput> out) -> {
                        if (r.event().customerId() == null
                                && AlertInputs.escalates(r.sentiment())) {
                            out.collect(AlertInputs.customer(AccountedReview.anonymous(r)));
                        }
                    }, CUSTOMER_INPUTS)
                    .name("Alert inputs: anonymous reviews with escalation intent")
                    .uid("alert-inputs-anonymous-reviews")
                    .union(comments
                            .flatMap((ScoredFeedback f, Collector<CustomerAlertInput> out) -> {
                                if (f.event().customerId() == null
                                        && AlertInputs.escalates(f.sentiment())) {
                                    out.collect(AlertInputs.customer(new AccountedFeedback(f,
                                            AccountedFeedback.UNKNOWN_TIER, 1.0)));
                                }
                            }, CUSTOMER_INPUTS)
                            .name("Alert inputs: anonymous comments with escalation intent")
                            .uid("alert-inputs-anonymous-comments")),
                    rule, settings, horizon, failed));
        }
        if (raised.isEmpty()) {
            return null;
        }
        DataStream<Alert> all = raised.get(0);
        for (DataStream<Alert> more : raised.subList(1, raised.size())) {
            all = all.union(more);
        }
        return failed.of(all
                .keyBy(Alert::rule)
                .process(new GuardAlertStorm(settings.stormMaxOpensPerHour(), longestClear(settings),
                        horizon))
                .name("Alert storm guard")
                .uid(GuardAlertStorm.OPERATOR));
    }

    private static <I, S> DataStream<Alert> evaluate(DataStream<I> input, AlertRule<I, S> rule,
            AlertSettings settings, long horizon, ProcessingDeadLetters failed) {
        KeySelector<I, String> key = rule::keyOf;
        return failed.of(input
                .keyBy(key, Types.STRING)
                .process(new EvaluateAlertRule<>(rule, input.getType(), settings.cooldown(),
                        CustomerSignals.isBatch(input), horizon))
                .returns(Alert.class)
                .name("Alert rule " + rule.name())
                .uid(EvaluateAlertRule.operatorOf(rule)));
    }

    private static Duration longestClear(AlertSettings s) {
        long days = Math.max(s.keyAccount().clearAfter().toDays(), s.escalation().clearAfter().toDays());
        return Duration.ofDays(Math.max(7, days * 2));
    }
}
