package io.cxpulse.functions;

import io.cxpulse.accounts.AccountHistory;
import io.cxpulse.accounts.AccountVersion;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.ScoredFeedback;
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
 * Gives each survey response the account of its customer as of the response's event time,
 * keyed by customer id: its tier and value from {@link CustomerInput#ACCOUNT} inputs, and its
 * Pareto key-account membership from {@link CustomerInput#KEY_ACCOUNT} inputs (other kinds are
 * ignored). A response waits until the watermark passes its time, so an account update or a
 * change of membership that arrives a little after the response, but is older, still counts;
 * and streaming and batch runs join alike. Customers without an account record get tier
 * {@code unknown} and weight 1. The account history expires after the configured time without
 * updates. A response or account input the join throws on is dead-lettered on
 * {@link ProcessingErrors#DEAD_LETTERS}, the history as if it had not come.
 */
public class JoinAccounts
        extends KeyedCoProcessFunction<String, ScoredFeedback, CustomerInput, AccountedFeedback> {

    /** The operator's uid in the job, the source of its dead letters. */
    public static final String OPERATOR = "join-accounts";

    /** The key of responses without a customer id: they never match an account. */
    public static final String NO_CUSTOMER = "";

    private final Duration accountTtl;
    private transient ValueState<AccountHistory> history;
    private transient ListState<ScoredFeedback> waiting;
    private transient TypeSerializer<AccountHistory> copier;
    private transient ProcessingErrors errors;

    public JoinAccounts(Duration accountTtl) {
        this.accountTtl = accountTtl;
    }

    /** The join key of a response. */
    public static String keyOf(ScoredFeedback scored) {
        String id = scored.event().customerId();
        return id == null ? NO_CUSTOMER : id;
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<AccountHistory> historyDescriptor =
                new ValueStateDescriptor<>("account-history", AccountHistory.class);
        historyDescriptor.enableTimeToLive(StateTtlConfig.newBuilder(accountTtl).build());
        history = getRuntimeContext().getState(historyDescriptor);
        waiting = getRuntimeContext().getListState(
                new ListStateDescriptor<>("waiting-responses", ScoredFeedback.class));
        copier = getRuntimeContext().createSerializer(TypeInformation.of(AccountHistory.class));
        errors = new ProcessingErrors(getRuntimeContext(), OPERATOR);
    }

    @Override
    public void processElement1(ScoredFeedback response, Context ctx,
            Collector<AccountedFeedback> out) throws Exception {
        waiting.add(response);
        ctx.timerService().registerEventTimeTimer(response.event().timestamp());
    }

    @Override
    public void processElement2(CustomerInput account, Context ctx,
            Collector<AccountedFeedback> out) throws Exception {
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
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AccountedFeedback> out)
            throws Exception {
        AccountHistory h = history.value();
        List<ScoredFeedback> later = new ArrayList<>();
        for (ScoredFeedback response : waiting.get()) {
            long time = response.event().timestamp();
            if (time > timestamp) {
                later.add(response);
                continue;
            }
            AccountedFeedback accounted;
            try {
                accounted = accounted(response, h);
            } catch (RuntimeException | StackOverflowError e) {
                ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter(
                        "joining the response (key " + ctx.getCurrentKey() + ")", response, e));
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

    static AccountedFeedback accounted(ScoredFeedback response, AccountHistory h) {
        long time = response.event().timestamp();
        AccountVersion version = h == null ? null : h.at(time);
        boolean pareto = h != null && h.paretoMemberAt(time);
        if (version == null) {
            return new AccountedFeedback(response, AccountedFeedback.UNKNOWN_TIER, 1.0, pareto);
        }
        String tier = version.tier;
        return new AccountedFeedback(response,
                tier == null || Whitespace.isBlank(tier) ? AccountedFeedback.UNKNOWN_TIER : tier,
                version.annualValue > 0.0 ? version.annualValue : 1.0, pareto);
    }
}
