package io.cxpulse.functions;

import io.cxpulse.accounts.AccountHistory;
import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.CustomerAlerts;
import io.cxpulse.alerts.CustomerRules;
import io.cxpulse.alerts.Deadlines;
import io.cxpulse.alerts.EscalationRule;
import io.cxpulse.alerts.KeyAccountRule;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerEvent;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.retention.CustomerLifecycle;
import io.cxpulse.retention.CustomerState;
import io.cxpulse.retention.RetentionSettings;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Everything the job keeps per customer, keyed by customer id, in one operator: the account
 * join (each survey response leaves with its account as of its time, {@link AccountedFeedback},
 * the main output), customer tracking ({@link CustomerLifecycle}: {@link #SIGNALS} and the
 * retention {@link #FACTS}), and the alert rules whose subject is the customer
 * ({@link CustomerRules}: key account, escalation; {@link #ALERTS}).
 *
 * <p>Inputs ({@link CustomerEvent}) wait in one buffer by event time until the watermark passes
 * them, and are then applied in (time, kind, id) order, interleaved with the customer's
 * deadlines (at risk, churned, retention denominator, rule wake-ups, alert resolutions, rule
 * state expiry), each at its own time; one event-time timer per key stands for the earliest
 * pending input or deadline. So out-of-order input and batch runs give the same outputs as
 * ordered streaming. In BATCH mode, where a timer set from a timer never fires, each key has
 * one timer at the end of time that applies everything in order. Over a bounded input with a
 * horizon (its newest event time) no deadline after it is applied: the input's end is not
 * silence.
 *
 * <p>State, besides the buffer: the account history (TTL {@code accounts.ttl}; versions older
 * than the watermark minus the allowed lateness go, but for the one in force then), the
 * customer's state (TTL {@code retention.state.ttl}; cleared {@code retention.churned.retention}
 * after churn) and the rules' state with their open alerts (expiring in event time after each
 * rule's state TTL, the open alert resolved first; the same processing-time TTL as a backstop).
 *
 * <p>Each part of an input is applied to a copy of its state, kept only when it went through; a
 * part that throws is dead-lettered on {@link ProcessingErrors#DEAD_LETTERS} and left out. A
 * deadline that throws would throw again at every later step: that part's state is
 * dead-lettered and cleared.
 */
public class ProcessCustomers extends KeyedProcessFunction<String, CustomerEvent, AccountedFeedback> {

    public static final OutputTag<CustomerSignal> SIGNALS = new OutputTag<>("customer-signals") {};
    public static final OutputTag<RetentionFact> FACTS = new OutputTag<>("retention-facts") {};
    public static final OutputTag<Alert> ALERTS = new OutputTag<>("customer-alerts") {};

    /** The operator's uid in the job, the source of its dead letters. */
    public static final String OPERATOR = "customers";

    private static final Comparator<CustomerEvent> ORDER =
            Comparator.comparingLong(CustomerEvent::time)
                    .thenComparingInt(CustomerEvent::rank)
                    .thenComparing(CustomerEvent::id,
                            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final CustomerSettings settings;
    private transient CustomerLifecycle lifecycle;
    private transient CustomerRules rules;
    private transient ValueState<AccountHistory> history;
    private transient ValueState<CustomerState> customer;
    private transient ValueState<CustomerAlerts> alerts;
    private transient ListState<CustomerEvent> pending;
    private transient ValueState<Long> timer;
    private transient TypeSerializer<AccountHistory> historyCopier;
    private transient TypeSerializer<CustomerState> customerCopier;
    private transient TypeSerializer<CustomerAlerts> alertsCopier;
    private transient ProcessingErrors errors;

    public ProcessCustomers(CustomerSettings settings) {
        this.settings = settings;
    }

    /** The customer lifecycle the function applies; a test's own may throw. */
    protected CustomerLifecycle lifecycle(RetentionSettings retention) {
        return new CustomerLifecycle(retention);
    }

    @Override
    public void open(OpenContext openContext) {
        RetentionSettings retention = settings.retention();
        lifecycle = lifecycle(retention);
        KeyAccountRule keyAccount = settings.keyAccount();
        EscalationRule escalation = settings.escalation();
        rules = new CustomerRules(keyAccount, escalation, settings.cooldown().toMillis());
        history = getRuntimeContext().getState(withTtl(
                new ValueStateDescriptor<>("account-history", AccountHistory.class),
                settings.accountTtl()));
        customer = getRuntimeContext().getState(withTtl(
                new ValueStateDescriptor<>("customer", CustomerState.class), retention.stateTtl()));
        long rulesTtl = Math.max(keyAccount == null ? 0 : keyAccount.stateTtlMillis(),
                escalation == null ? 0 : escalation.stateTtlMillis());
        alerts = getRuntimeContext().getState(withTtl(
                new ValueStateDescriptor<>("customer-alerts", CustomerAlerts.class),
                Duration.ofMillis(Math.max(1, rulesTtl))));
        // no TTL: the watermark drains them (WaitingInputs), and TTL would rewrap every access
        pending = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting-inputs",
                TypeInformation.of(CustomerEvent.class)));
        timer = getRuntimeContext().getState(new ValueStateDescriptor<>("timer", Types.LONG));
        historyCopier = getRuntimeContext().createSerializer(
                TypeInformation.of(AccountHistory.class));
        customerCopier = getRuntimeContext().createSerializer(
                TypeInformation.of(CustomerState.class));
        alertsCopier = getRuntimeContext().createSerializer(
                TypeInformation.of(CustomerAlerts.class));
        errors = new ProcessingErrors(getRuntimeContext(), OPERATOR);
    }

    private static <T> ValueStateDescriptor<T> withTtl(ValueStateDescriptor<T> d, Duration ttl) {
        d.enableTimeToLive(StateExpiry.manyKeys(ttl).build());
        return d;
    }

    @Override
    public void processElement(CustomerEvent event, Context ctx, Collector<AccountedFeedback> out)
            throws Exception {
        long time = event.time();
        pending.add(event);
        if (settings.batch()) {
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
            return;
        }
        Long registered = timer.value();
        if (registered == null || time < registered) {
            if (registered != null) {
                ctx.timerService().deleteEventTimeTimer(registered);
            }
            ctx.timerService().registerEventTimeTimer(time);
            timer.update(time);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AccountedFeedback> out)
            throws Exception {
        long until = Math.max(timestamp, ctx.timerService().currentWatermark());
        WaitingInputs.Drained<CustomerEvent> drained =
                WaitingInputs.drain(pending, until, CustomerEvent::time);
        List<CustomerEvent> due = drained.due();
        long nextInput = drained.next();
        due.sort(ORDER);
        CustomerStep step = new CustomerStep(this, ctx, out);
        long deadlines = Math.min(until, settings.horizon());
        for (CustomerEvent event : due) {
            step.catchUp(Math.min(event.time() - 1, deadlines));
            step.apply(event);
        }
        step.catchUp(deadlines);
        if (!settings.batch()) {
            step.forgetAccountsBefore(until - settings.allowedLateness().toMillis());
        }
        step.store();
        if (settings.batch()) {
            return;
        }
        long next = Deadlines.earliest(nextInput, step.nextDeadline());
        if (next == Deadlines.NONE) {
            timer.clear();
        } else {
            ctx.timerService().registerEventTimeTimer(next);
            timer.update(next);
        }
    }

    CustomerSettings settings() {
        return settings;
    }

    CustomerLifecycle customerLifecycle() {
        return lifecycle;
    }

    CustomerRules rules() {
        return rules;
    }

    ValueState<AccountHistory> historyState() {
        return history;
    }

    ValueState<CustomerState> customerState() {
        return customer;
    }

    ValueState<CustomerAlerts> alertsState() {
        return alerts;
    }

    TypeSerializer<AccountHistory> historyCopier() {
        return historyCopier;
    }

    TypeSerializer<CustomerState> customerCopier() {
        return customerCopier;
    }

    TypeSerializer<CustomerAlerts> alertsCopier() {
        return alertsCopier;
    }

    ProcessingErrors errors() {
        return errors;
    }
}
