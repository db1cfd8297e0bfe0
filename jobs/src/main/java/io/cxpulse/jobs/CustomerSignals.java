package io.cxpulse.jobs;

import io.cxpulse.functions.EncodeOutput;
import io.cxpulse.functions.ParetoKeyAccounts;
import io.cxpulse.functions.TrackCustomers;
import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.InteractionEvent;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.records.RetentionRollup;
import io.cxpulse.rollups.RetentionRollupDescriptor;
import io.cxpulse.retention.RetentionSettings;
import io.cxpulse.serde.CustomerSignalJson;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.Collector;

/**
 * What customers do: per-customer retention signals with the say-do gap and key accounts
 * ({@code cx.customer-signals}), and retention per window and segment
 * ({@code cx.rollups.retention}), from interactions, survey answers with their accounts, and
 * account records with the Pareto key-account set ({@link #accountInputs}, which the account
 * join reads too). Only interactions are activity. Operator uids: {@code customer-inputs-
 * interactions}, {@code customer-inputs-feedback}, {@code customer-inputs-accounts},
 * {@code pareto-key-accounts} (when the Pareto set is on), {@code track-customers},
 * {@code encode-customer-signals}, and those {@link WindowedRollups} names for
 * {@code retention-rollup}.
 */
public final class CustomerSignals {
    private CustomerSignals() {}

    private static final TypeInformation<CustomerInput> INPUT = TypeInformation.of(CustomerInput.class);

    /**
     * Both outputs, encoded: signals keyed by customer id, rollups by
     * {@link RetentionRollup#key()}; and the signals themselves, for the alert rules.
     */
    public record Outputs(List<DataStream<OutputRecord>> records,
            DataStream<CustomerSignal> signals) {}

    /** Makes the per-customer function: {@code TrackCustomers::new}, or a test's own. */
    @FunctionalInterface
    public interface Tracker {
        TrackCustomers of(RetentionSettings settings, boolean batch, long horizon);
    }

    /**
     * @param accountInputs account records and Pareto membership changes, {@link #accountInputs}
     * @param failed takes the dead letters of records the operators throw on
     */
    public static Outputs define(DataStream<InteractionEvent> interactions,
            DataStream<AccountedFeedback> feedback, DataStream<CustomerInput> accountInputs,
            JobConfig config, RetentionSettings settings, ProcessingDeadLetters failed) {
        return define(interactions, feedback, accountInputs, config, settings, TrackCustomers::new,
                failed);
    }

    static Outputs define(DataStream<InteractionEvent> interactions,
            DataStream<AccountedFeedback> feedback, DataStream<CustomerInput> accountInputs,
            JobConfig config, RetentionSettings settings, Tracker tracker,
            ProcessingDeadLetters failed) {
        SingleOutputStreamOperator<CustomerSignal> signals = failed.of(signals(interactions,
                feedback, accountInputs, settings, config.horizonOrNone(), tracker));
        DataStream<OutputRecord> encodedSignals = signals
                .map(new EncodeOutput<>(settings.signalsTopic(), CustomerSignalJson::customerSignal,
                        CustomerSignal::key, config.deadLetterTopic()))
                .name("Encode customer signals")
                .uid("encode-customer-signals");
        DataStream<OutputRecord> encodedRollups = WindowedRollups.encode(
                rollups(signals.getSideOutput(TrackCustomers.FACTS), config, settings, failed),
                retentionRollup(config, settings), config);
        return new Outputs(List.of(encodedSignals, encodedRollups), signals);
    }

    /**
     * What is known of each customer's account, as customer inputs: its account records, and,
     * when the Pareto set is on, each entry into and exit from the set. The one source of both
     * facts that {@link io.cxpulse.accounts.KeyAccounts} decides key accounts from, for the
     * per-customer state and for the account join (and through it the alert rules) alike.
     */
    public static DataStream<CustomerInput> accountInputs(DataStream<AccountEvent> accounts,
            RetentionSettings settings, ProcessingDeadLetters failed) {
        DataStream<CustomerInput> inputs = accounts
                .flatMap((AccountEvent a, Collector<CustomerInput> out) -> {
                    if (a.customerId() != null) {
                        out.collect(CustomerInput.account(a));
                    }
                }, INPUT)
                .name("Customer inputs from accounts")
                .uid("customer-inputs-accounts");
        if (settings.paretoEnabled()) {
            inputs = inputs.union(failed.of(accounts
                    .keyBy(ParetoKeyAccounts::keyOf)
                    .process(new ParetoKeyAccounts(settings.paretoShare()), INPUT)
                    .setParallelism(1)
                    .name("Pareto key accounts")
                    .uid(ParetoKeyAccounts.OPERATOR)));
        }
        return inputs;
    }

    /**
     * The per-customer signals; their retention facts are on the side output
     * {@link TrackCustomers#FACTS}.
     *
     * @param horizon the newest event time of a bounded input, {@link Long#MAX_VALUE} for none:
     *     no deadline after it is applied
     */
    static SingleOutputStreamOperator<CustomerSignal> signals(
            DataStream<InteractionEvent> interactions, DataStream<AccountedFeedback> feedback,
            DataStream<CustomerInput> accountInputs, RetentionSettings settings, long horizon,
            Tracker tracker) {
        DataStream<CustomerInput> inputs = interactions
                .flatMap((InteractionEvent e, Collector<CustomerInput> out) -> {
                    if (e.customerId() != null) {
                        out.collect(CustomerInput.interaction(e));
                    }
                }, INPUT)
                .name("Customer inputs from interactions")
                .uid("customer-inputs-interactions")
                .union(feedback
                        .flatMap((AccountedFeedback a, Collector<CustomerInput> out) -> {
                            if (a.scored().event().customerId() != null) {
                                out.collect(CustomerInput.feedback(a));
                            }
                        }, INPUT)
                        .name("Customer inputs from feedback")
                        .uid("customer-inputs-feedback"))
                .union(accountInputs);
        return inputs
                .keyBy(CustomerInput::customerId)
                .process(tracker.of(settings, isBatch(inputs), horizon))
                .name("Track customers")
                .uid(TrackCustomers.OPERATOR);
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
