package io.cxpulse.jobs;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertInputs;
import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.alerts.EscalationRule;
import io.cxpulse.alerts.KeyAccountRule;
import io.cxpulse.functions.CustomerSettings;
import io.cxpulse.functions.EncodeOutput;
import io.cxpulse.functions.ParetoKeyAccounts;
import io.cxpulse.functions.ProcessCustomers;
import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerEvent;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.InteractionEvent;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.records.RetentionRollup;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.rollups.RetentionRollupDescriptor;
import io.cxpulse.retention.RetentionSettings;
import io.cxpulse.serde.CustomerSignalJson;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.Collector;

/**
 * Everything per customer, in one operator keyed by customer id ({@link ProcessCustomers}): the
 * account of each survey response as of its time (for the NPS and driver rollups), what
 * customers do against what they say ({@code cx.customer-signals}) with retention per window
 * and segment ({@code cx.rollups.retention}), and the alert rules whose subject is a customer
 * (key account, escalation). Each input reaches it as a compact {@link CustomerEvent}, and only
 * when it needs it: a response without a customer id leaves at once with tier {@code unknown}
 * and weight 1, and a review only when a customer rule may judge it. Operator uids:
 * {@code customer-inputs-accounts}, {@code pareto-key-accounts} and
 * {@code customer-inputs-pareto} (when the Pareto set is on), {@code customer-inputs-interactions},
 * {@code customer-inputs-responses}, {@code anonymous-responses}, {@code customer-inputs-reviews}
 * (when a customer rule is on), {@code customers}, {@code encode-customer-signals}, and those
 * {@link WindowedRollups} names for {@code retention-rollup}.
 */
public final class CustomerSignals {
    private CustomerSignals() {}

    private static final TypeInformation<CustomerEvent> EVENT = TypeInformation.of(CustomerEvent.class);

    /**
     * @param records signals keyed by customer id and rollups by {@link RetentionRollup#key()},
     *     encoded
     * @param accounted every survey response with its account as of its time
     * @param alerts the customer rules' alerts, before the storm guard; null when both are off
     */
    public record Outputs(List<DataStream<OutputRecord>> records,
            DataStream<AccountedFeedback> accounted, DataStream<Alert> alerts) {}

    /** Makes the per-customer function: {@code ProcessCustomers::new}, or a test's own. */
    @FunctionalInterface
    public interface Operator {
        ProcessCustomers of(CustomerSettings settings);
    }

    /** @param failed takes the dead letters of records the operators throw on */
    public static Outputs define(DataStream<ScoredFeedback> responses,
            DataStream<ScoredReview> reviews, DataStream<InteractionEvent> interactions,
            DataStream<AccountEvent> accounts, JobConfig config, ProcessingDeadLetters failed) {
        return define(responses, reviews, interactions, accounts, config, ProcessCustomers::new,
                failed);
    }

    static Outputs define(DataStream<ScoredFeedback> responses, DataStream<ScoredReview> reviews,
            DataStream<InteractionEvent> interactions, DataStream<AccountEvent> accounts,
            JobConfig config, Operator operator, ProcessingDeadLetters failed) {
        RetentionSettings settings = config.retention();
        AlertSettings alerts = config.alerts();
        KeyAccountRule keyAccount = alerts.keyAccount().enabled()
                ? new KeyAccountRule(alerts.keyAccount()) : null;
        EscalationRule escalation = alerts.escalation().enabled()
                ? new EscalationRule(alerts.escalation()) : null;
        DataStream<CustomerEvent> events = accountEvents(accounts, settings, failed)
                .union(interactions
                        .flatMap((InteractionEvent e, Collector<CustomerEvent> out) -> {
                            if (e.customerId() != null) {
                                out.collect(CustomerEvent.of(CustomerInput.interaction(e)));
                            }
                        }, EVENT)
                        .name("Customer inputs from interactions")
                        .uid("customer-inputs-interactions"))
                .union(responses
                        .flatMap((ScoredFeedback f, Collector<CustomerEvent> out) -> {
                            if (f.event().customerId() != null) {
                                out.collect(CustomerEvent.of(f));
                            }
                        }, EVENT)
                        .name("Customer inputs from responses")
                        .uid("customer-inputs-responses"));
        if (keyAccount != null || escalation != null) {
            boolean all = keyAccount != null;
            events = events.union(reviews
                    .flatMap((ScoredReview r, Collector<CustomerEvent> out) -> {
                        if (r.event().customerId() != null
                                && (all || AlertInputs.escalates(r.sentiment()))) {
                            out.collect(CustomerEvent.of(AlertInputs.customerReview(r)));
                        }
                    }, EVENT)
                    .name("Customer inputs from reviews")
                    .uid("customer-inputs-reviews"));
        }
        CustomerSettings customerSettings = new CustomerSettings(settings, config.accountsTtl(),
                config.allowedLateness(), keyAccount, escalation, alerts.cooldown(),
                isBatch(responses), config.horizonOrNone());
        SingleOutputStreamOperator<AccountedFeedback> customers = failed.of(events
                .keyBy(CustomerEvent::customerId)
                .process(operator.of(customerSettings), TypeInformation.of(AccountedFeedback.class))
                .name("Customers: accounts, signals, key-account and escalation rules")
                .uid(ProcessCustomers.OPERATOR));
        // a response without a customer has no account to wait for
        DataStream<AccountedFeedback> anonymous = responses
                .flatMap((ScoredFeedback f, Collector<AccountedFeedback> out) -> {
                    if (f.event().customerId() == null) {
                        out.collect(new AccountedFeedback(f, AccountedFeedback.UNKNOWN_TIER, 1.0));
                    }
                }, TypeInformation.of(AccountedFeedback.class))
                .name("Responses without a customer")
                .uid("anonymous-responses");

        DataStream<CustomerSignal> signals = customers.getSideOutput(ProcessCustomers.SIGNALS);
        DataStream<OutputRecord> encodedSignals = signals
                .map(new EncodeOutput<>(settings.signalsTopic(), CustomerSignalJson::customerSignal,
                        CustomerSignal::key, config.deadLetterTopic()))
                .name("Encode customer signals")
                .uid("encode-customer-signals");
        DataStream<OutputRecord> encodedRollups = WindowedRollups.encode(
                rollups(customers.getSideOutput(ProcessCustomers.FACTS), config, settings, failed),
                retentionRollup(config, settings), config);
        return new Outputs(List.of(encodedSignals, encodedRollups), customers.union(anonymous),
                keyAccount == null && escalation == null ? null
                        : customers.getSideOutput(ProcessCustomers.ALERTS));
    }

    /**
     * What is known of each customer's account: its account records, and, when the Pareto set
     * is on, each entry into and exit from the set. The one source of both facts that
     * {@link io.cxpulse.accounts.KeyAccounts} decides key accounts from, for the account join,
     * the per-customer state and the alert rules alike.
     */
    static DataStream<CustomerEvent> accountEvents(DataStream<AccountEvent> accounts,
            RetentionSettings settings, ProcessingDeadLetters failed) {
        DataStream<CustomerEvent> events = accounts
                .flatMap((AccountEvent a, Collector<CustomerEvent> out) -> {
                    if (a.customerId() != null) {
                        out.collect(CustomerEvent.of(CustomerInput.account(a)));
                    }
                }, EVENT)
                .name("Customer inputs from accounts")
                .uid("customer-inputs-accounts");
        if (settings.paretoEnabled()) {
            events = events.union(failed.of(accounts
                    .keyBy(ParetoKeyAccounts::keyOf)
                    .process(new ParetoKeyAccounts(settings.paretoShare()),
                            TypeInformation.of(CustomerInput.class))
                    .setParallelism(1)
                    .name("Pareto key accounts")
                    .uid(ParetoKeyAccounts.OPERATOR))
                    .map(CustomerEvent::of, EVENT)
                    .setParallelism(1)
                    .name("Customer inputs from the Pareto set")
                    .uid("customer-inputs-pareto"));
        }
        return events;
    }

    /** Whether the job runs in BATCH mode, where timers cannot be set from timers. */
    static boolean isBatch(DataStream<?> stream) {
        return stream.getExecutionEnvironment().getConfiguration()
                .get(ExecutionOptions.RUNTIME_MODE) == RuntimeExecutionMode.BATCH;
    }

    /**
     * The retention rollups of the customers' retention facts, wherever they come from; the dead
     * letters of rollups that cannot be made go to {@code failed}.
     */
    static SingleOutputStreamOperator<RetentionRollup> rollups(DataStream<RetentionFact> facts,
            JobConfig config, RetentionSettings settings, ProcessingDeadLetters failed) {
        return WindowedRollups.rollups(facts, retentionRollup(config, settings), config, failed);
    }

    static RetentionRollupDescriptor retentionRollup(JobConfig config, RetentionSettings settings) {
        return new RetentionRollupDescriptor(settings.rollupsTopic(), settings.window(),
                settings.dimensions(), config.horizonOrNone());
    }
}
