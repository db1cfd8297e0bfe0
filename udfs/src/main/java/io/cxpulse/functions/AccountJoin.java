package io.cxpulse.functions;

import io.cxpulse.accounts.AccountHistory;
import io.cxpulse.accounts.AccountVersion;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.serde.Whitespace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Gives each text of a customer (a survey response, a review) the customer's account as of the
 * text's event time, keyed by customer id: its tier and value from {@link CustomerInput#ACCOUNT}
 * inputs, and its Pareto key-account membership from {@link CustomerInput#KEY_ACCOUNT} inputs
 * (other kinds are ignored). A text waits until the watermark passes its time, so an account
 * update or a change of membership that arrives a little after the text, but is older, still
 * counts; and streaming and batch runs join alike. Customers without an account record get tier
 * {@code unknown} and weight 1; texts without a customer id are all keyed {@code ""}, which no
 * account has. The account history expires after the configured time without updates. A text or
 * account input the join throws on is dead-lettered on {@link ProcessingErrors#DEAD_LETTERS},
 * the history as if it had not come.
 *
 * @param <I> the text
 * @param <O> the text with its account
 */
public abstract class AccountJoin<I, O> extends KeyedCoProcessFunction<String, I, CustomerInput, O> {

    /** The key of texts without a customer id: they never match an account. */
    public static final String NO_CUSTOMER = "";

    private final Duration accountTtl;
    private final Class<I> textClass;
    private final String waitingState;
    private final String operator;
    private final String what;
    private transient ValueState<AccountHistory> history;
    private transient ListState<I> waiting;
    private transient TypeSerializer<AccountHistory> copier;
    private transient ProcessingErrors errors;

    /**
     * @param waitingState the name of the state of texts waiting for the watermark
     * @param operator the operator's uid, the source of its dead letters
     * @param what a text in words, for dead letters: "response", "review"
     */
    protected AccountJoin(Duration accountTtl, Class<I> textClass, String waitingState,
            String operator, String what) {
        this.accountTtl = accountTtl;
        this.textClass = textClass;
        this.waitingState = waitingState;
        this.operator = operator;
        this.what = what;
    }

    /** The text's event time. */
    protected abstract long timeOf(I text);

    /** The text with the account it had: tier ({@code unknown} without one), weight, Pareto. */
    protected abstract O accounted(I text, String tier, double weight, boolean paretoMember);

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<AccountHistory> historyDescriptor =
                new ValueStateDescriptor<>("account-history", AccountHistory.class);
        historyDescriptor.enableTimeToLive(StateTtlConfig.newBuilder(accountTtl).build());
        history = getRuntimeContext().getState(historyDescriptor);
        waiting = getRuntimeContext().getListState(
                new ListStateDescriptor<>(waitingState, textClass));
        copier = getRuntimeContext().createSerializer(TypeInformation.of(AccountHistory.class));
        errors = new ProcessingErrors(getRuntimeContext(), operator);
    }

    @Override
    public void processElement1(I text, Context ctx, Collector<O> out) throws Exception {
        waiting.add(text);
        ctx.timerService().registerEventTimeTimer(timeOf(text));
    }

    @Override
    public void processElement2(CustomerInput account, Context ctx, Collector<O> out)
            throws Exception {
        boolean record = CustomerInput.ACCOUNT.equals(account.kind());
        if (!record && !CustomerInput.KEY_ACCOUNT.equals(account.kind())) {
            return;
        }
        AccountHistory stored = history.value();
        // a copy, kept only when the update went through: an account input it throws on is
        // dead-lettered and left out
        AccountHistory h = stored == null ? new AccountHistory() : copier.copy(stored);
        try {
            if (record) {
                h.add(account.timestamp(), account.tier(), account.annualValue());
            } else {
                h.setParetoMember(account.timestamp(), account.keyAccount());
            }
        } catch (RuntimeException | StackOverflowError e) {
            ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter(
                    "adding the account input (key " + ctx.getCurrentKey() + ")", account, e));
            return;
        }
        history.update(h);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<O> out) throws Exception {
        AccountHistory h = history.value();
        List<I> later = new ArrayList<>();
        for (I text : waiting.get()) {
            long time = timeOf(text);
            if (time > timestamp) {
                later.add(text);
                continue;
            }
            O accounted;
            try {
                accounted = join(text, time, h);
            } catch (RuntimeException | StackOverflowError e) {
                ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter(
                        "joining the " + what + " (key " + ctx.getCurrentKey() + ")", text, e));
                continue;
            }
            out.collect(accounted);
        }
        waiting.update(later);
        if (h != null && later.isEmpty()) {
            AccountHistory trimmed = copier.copy(h);
            try {
                trimmed.forgetBefore(timestamp);
            } catch (RuntimeException | StackOverflowError e) {
                // nothing is lost: the history stays whole, only longer
                errors.skipped("trimming the account history (key " + ctx.getCurrentKey() + ")", e);
                return;
            }
            history.update(trimmed);
        }
    }

    private O join(I text, long time, AccountHistory h) {
        AccountVersion version = h == null ? null : h.at(time);
        boolean pareto = h != null && h.paretoMemberAt(time);
        if (version == null) {
            return accounted(text, AccountedFeedback.UNKNOWN_TIER, 1.0, pareto);
        }
        String tier = version.tier;
        return accounted(text,
                tier == null || Whitespace.isBlank(tier) ? AccountedFeedback.UNKNOWN_TIER : tier,
                version.annualValue > 0.0 ? version.annualValue : 1.0, pareto);
    }
}
