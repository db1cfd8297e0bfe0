package io.cxpulse.functions;

import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.retention.KeyAccountSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keeps the Pareto set of key accounts ({@link KeyAccountSet}) over every account's annual value
 * and emits each change of membership as a {@link CustomerInput#KEY_ACCOUNT} input for the
 * customer. One global set: key the input by {@link #ALL} and run the operator with parallelism
 * 1. Account records are applied in event-time order once the watermark passes them, so the set
 * evolves alike in streaming and batch. The values live in a {@code MapState}; the set is rebuilt
 * from them after a restore. An account record the set throws on is dead-lettered on
 * {@link ProcessingErrors#DEAD_LETTERS} and left out of the set.
 */
public class ParetoKeyAccounts extends KeyedProcessFunction<String, AccountEvent, CustomerInput> {

    /** The operator's uid in the job, the source of its dead letters. */
    public static final String OPERATOR = "pareto-key-accounts";

    /** The one key of the global set. */
    public static final String ALL = "all";

    private final double share;
    private transient MapState<String, Double> values;
    private transient ListState<AccountEvent> waiting;
    private transient KeyAccountSet set;
    private transient ProcessingErrors errors;
    // every waiting record at or before this time has been applied (not state: after a restore
    // the first timer reads the list), so the timers of those times need not read it again
    private transient long appliedUntil;

    public ParetoKeyAccounts(double share) {
        this.share = share;
    }

    /** The key of every account record: one global set. */
    public static String keyOf(AccountEvent account) {
        return ALL;
    }

    @Override
    public void open(OpenContext openContext) {
        appliedUntil = Long.MIN_VALUE;
        values = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("annual-values", Types.STRING, Types.DOUBLE));
        waiting = getRuntimeContext().getListState(
                new ListStateDescriptor<>("waiting-accounts", AccountEvent.class));
        errors = new ProcessingErrors(getRuntimeContext(), OPERATOR);
    }

    @Override
    public void processElement(AccountEvent account, Context ctx, Collector<CustomerInput> out)
            throws Exception {
        waiting.add(account);
        if (account.timestamp() <= appliedUntil) {
            appliedUntil = Long.MIN_VALUE;
        }
        ctx.timerService().registerEventTimeTimer(account.timestamp());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CustomerInput> out)
            throws Exception {
        if (set == null) {
            set = rebuilt();
        }
        if (timestamp <= appliedUntil) {
            return;
        }
        // everything the watermark has passed, not only this timer's time: the timers of later
        // times then find nothing, and a batch run (all timers at its end) reads the list once
        long until = Math.max(timestamp, ctx.timerService().currentWatermark());
        List<AccountEvent> due = WaitingInputs.drain(waiting, until, AccountEvent::timestamp).due();
        appliedUntil = until;
        due.sort(Comparator.comparingLong(AccountEvent::timestamp)
                .thenComparing(AccountEvent::eventId));
        for (int i = 0; i < due.size(); ) {
            long time = due.get(i).timestamp();
            int end = i;
            while (end < due.size() && due.get(end).timestamp() == time) {
                end++;
            }
            apply(due.subList(i, end), time, ctx, out);
            i = end;
        }
    }

    /**
     * Applies the account records of one time in order and emits the net change of each
     * customer's membership: records of the same time may pass a customer in and out of the
     * set, and the order of equal-time inputs downstream is not the same in streaming and batch.
     */
    private void apply(List<AccountEvent> atTime, long time, OnTimerContext ctx,
            Collector<CustomerInput> out) throws Exception {
        Map<String, boolean[]> changes = new TreeMap<>();
        for (AccountEvent a : atTime) {
            double value;
            List<KeyAccountSet.Change> changed;
            try {
                value = a.annualValue() == null ? 0.0 : a.annualValue().doubleValue();
                changed = set.update(a.customerId(), value);
            } catch (RuntimeException | StackOverflowError e) {
                ctx.output(ProcessingErrors.DEAD_LETTERS,
                        errors.deadLetter("ranking the account", a, e));
                // the set may be half-updated: again from the values, which the account missed
                set = rebuilt();
                continue;
            }
            if (value > 0) {
                values.put(a.customerId(), value);
            } else {
                values.remove(a.customerId());
            }
            for (KeyAccountSet.Change c : changed) {
                changes.computeIfAbsent(c.customerId(), id -> new boolean[] {!c.member(), false})[1] =
                        c.member();
            }
        }
        changes.forEach((customer, beforeAfter) -> {
            if (beforeAfter[0] != beforeAfter[1]) {
                out.collect(CustomerInput.keyAccount(customer, time, beforeAfter[1]));
            }
        });
    }

    /** The set from the values in state. */
    private KeyAccountSet rebuilt() throws Exception {
        KeyAccountSet fresh = new KeyAccountSet(share);
        for (Map.Entry<String, Double> e : values.entries()) {
            fresh.update(e.getKey(), e.getValue());
        }
        return fresh;
    }
}
