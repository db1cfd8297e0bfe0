package io.cxpulse.functions;

import io.cxpulse.accounts.AccountHistory;
import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertInputs;
import io.cxpulse.alerts.CustomerAlertInput;
import io.cxpulse.alerts.CustomerAlerts;
import io.cxpulse.alerts.Deadlines;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerEvent;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.retention.CustomerLifecycle;
import io.cxpulse.retention.CustomerState;
import io.cxpulse.sentiment.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.TimestampedCollector;
import org.apache.flink.util.Collector;

/**
 * One timer's work of {@link ProcessCustomers} for one customer: its three states read once,
 * inputs and deadlines applied in order, each part to a copy kept only when it went through,
 * and the states written back once, only when changed.
 */
final class CustomerStep implements CustomerLifecycle.Output {

    private final ProcessCustomers f;
    private final KeyedProcessFunction<String, CustomerEvent, AccountedFeedback>.Context ctx;
    private final Collector<AccountedFeedback> out;
    private final String key;
    private AccountHistory history;
    private CustomerState customer;
    private CustomerAlerts alerts;
    private boolean historyRead;
    private boolean customerRead;
    private boolean alertsRead;
    private boolean historyChanged;
    private boolean customerChanged;
    private boolean alertsChanged;
    // the states' next deadlines, computed once per change of their state
    private long lifecycleDue;
    private long rulesDue;
    private boolean lifecycleDueKnown;
    private boolean rulesDueKnown;
    private final List<CustomerSignal> signals = new ArrayList<>(2);
    private final List<RetentionFact> facts = new ArrayList<>(2);
    private final List<Alert> raised = new ArrayList<>(1);

    CustomerStep(ProcessCustomers f,
            KeyedProcessFunction<String, CustomerEvent, AccountedFeedback>.Context ctx,
            Collector<AccountedFeedback> out) {
        this.f = f;
        this.ctx = ctx;
        this.out = out;
        this.key = ctx.getCurrentKey();
    }

    void apply(CustomerEvent event) throws Exception {
        if (event.input() != null) {
            CustomerInput in = event.input();
            if (CustomerInput.ACCOUNT.equals(in.kind())
                    || CustomerInput.KEY_ACCOUNT.equals(in.kind())) {
                addToHistory(in);
            }
            track(in);
        } else if (event.response() != null) {
            respond(event.response());
        } else {
            review(event.review());
        }
    }

    /** Applies the customer's deadlines at or before the time, each at its own, in order. */
    void catchUp(long until) throws Exception {
        while (true) {
            long lifecycle = lifecycleDeadline();
            long rules = rulesDeadline();
            long next = Deadlines.earliest(lifecycle, rules);
            if (next == Deadlines.NONE || next > until) {
                return;
            }
            if (next == lifecycle) {
                advanceCustomer(next);
            } else {
                advanceRules(next);
            }
        }
    }

    /** The next deadline to set a timer for; none after the horizon. */
    long nextDeadline() throws Exception {
        long next = Deadlines.earliest(lifecycleDeadline(), rulesDeadline());
        return next > f.settings().horizon() ? Deadlines.NONE : next;
    }

    /**
     * Forgets account versions no input the allowed lateness lets in can ask for, when this step
     * read the history: only account inputs add versions, and reading it for nothing would cost
     * every other step a state read.
     */
    void forgetAccountsBefore(long time) throws Exception {
        AccountHistory h = historyRead ? history : null;
        if (h == null || !h.canForgetBefore(time)) {
            return;
        }
        AccountHistory trimmed = f.historyCopier().copy(h);
        try {
            trimmed.forgetBefore(time);
        } catch (RuntimeException | StackOverflowError e) {
            // nothing is lost: the history stays whole, only longer
            f.errors().skipped("trimming the account history (key " + key + ")", e);
            return;
        }
        history = trimmed;
        historyChanged = true;
    }

    void store() throws Exception {
        if (historyChanged) {
            write(f.historyState(), history);
        }
        if (customerChanged) {
            write(f.customerState(), customer);
        }
        if (alertsChanged) {
            write(f.alertsState(), alerts == null || alerts.isEmpty() ? null : alerts);
        }
    }

    private static <T> void write(ValueState<T> state, T value) throws Exception {
        if (value == null) {
            state.clear();
        } else {
            state.update(value);
        }
    }

    private void addToHistory(CustomerInput in) throws Exception {
        AccountHistory stored = history();
        AccountHistory h = stored == null ? new AccountHistory() : f.historyCopier().copy(stored);
        try {
            if (CustomerInput.ACCOUNT.equals(in.kind())) {
                h.add(in.timestamp(), in.tier(), in.annualValue());
            } else {
                h.setParetoMember(in.timestamp(), in.keyAccount());
            }
        } catch (RuntimeException | StackOverflowError e) {
            deadLetter("adding the account input (key " + key + ")", in, e);
            return;
        }
        history = h;
        historyChanged = true;
    }

    private void respond(ScoredFeedback response) throws Exception {
        AccountedFeedback accounted;
        CustomerInput said;
        try {
            accounted = AccountedFeedback.of(response, history());
            said = CustomerInput.feedback(accounted);
        } catch (RuntimeException | StackOverflowError e) {
            deadLetter("joining the response (key " + key + ")", response, e);
            return;
        }
        TimestampedCollector<AccountedFeedback> stamped =
                (TimestampedCollector<AccountedFeedback>) out;
        // the response's own time, not the timer's: windows downstream go by it
        stamped.setAbsoluteTimestamp(response.event().timestamp());
        stamped.collect(accounted);
        track(said);
        judge(() -> f.rules().judgesAny(accounted.keyAccount(),
                AlertInputs.escalates(response.sentiment()))
                        ? AlertInputs.customer(accounted) : null, response);
    }

    private void review(CustomerAlertInput review) throws Exception {
        boolean keyAccount;
        try {
            AccountHistory h = history();
            keyAccount = h != null && h.keyAccountAt(review.time());
        } catch (RuntimeException | StackOverflowError e) {
            deadLetter("joining the review (key " + key + ")", review, e);
            return;
        }
        judge(() -> f.rules().judgesAny(keyAccount, review.hasIntent(Sentiment.ESCALATION))
                ? review.withKeyAccount(keyAccount) : null, review);
    }

    /** Applies an input to a copy of the customer's state, its signals then to the rules. */
    private void track(CustomerInput in) throws Exception {
        CustomerState stored = customer();
        CustomerState next = stored == null ? new CustomerState() : f.customerCopier().copy(stored);
        try {
            f.customerLifecycle().apply(next, in, this);
        } catch (RuntimeException | StackOverflowError e) {
            discard();
            deadLetter("applying the " + in.kind() + " input (key " + key + ")", in, e);
            return;
        }
        customer = next;
        customerChanged();
        passTracked();
    }

    private void advanceCustomer(long deadline) throws Exception {
        CustomerState s = customer;
        try {
            boolean gone = f.customerLifecycle().advanceTo(s, deadline, this);
            customer = gone ? null : s;
            customerChanged();
        } catch (RuntimeException | StackOverflowError e) {
            discard();
            clearCustomer(s, "the deadline at " + Instant.ofEpochMilli(deadline), e);
            return;
        }
        passTracked();
    }

    private long lifecycleDeadline() throws Exception {
        if (!lifecycleDueKnown) {
            lifecycleDue = deadline(customer(), f.customerLifecycle()::nextDeadline,
                    (s, e) -> clearCustomer(s, "the next deadline", e));
            lifecycleDueKnown = true;
        }
        return lifecycleDue;
    }

    /** A state's next deadline; a state that throws on it is cleared, with none. */
    private static <T> long deadline(T state, ToLongFunction<T> next,
            BiConsumer<T, Throwable> clear) {
        if (state == null) {
            return Deadlines.NONE;
        }
        try {
            return next.applyAsLong(state);
        } catch (RuntimeException | StackOverflowError e) {
            clear.accept(state, e);
            return Deadlines.NONE;
        }
    }

    private void customerChanged() {
        customerChanged = true;
        lifecycleDueKnown = false;
    }

    private void alertsChanged() {
        alertsChanged = true;
        rulesDueKnown = false;
    }

    private void clearCustomer(CustomerState s, String what, Throwable e) {
        deadLetter("applying " + what + " (key " + key + "); the customer's state is cleared",
                s, e);
        customer = null;
        customerChanged();
    }

    /** Emits the tracked step's signals and facts, and judges the signals the rules read. */
    private void passTracked() throws Exception {
        List<CustomerSignal> passed = signals.isEmpty() ? List.of() : List.copyOf(signals);
        pass();
        for (CustomerSignal signal : passed) {
            judge(() -> {
                CustomerAlertInput in = AlertInputs.customer(signal);
                return in != null && f.rules().judgesAny(in.keyAccount(), false) ? in : null;
            }, signal);
        }
    }

    /**
     * Judges a rule input on a copy of the rules' state; what throws, building the input
     * included, is dead-lettered.
     *
     * @param input the input, built only when a rule judges it; null when none does
     */
    private void judge(Supplier<CustomerAlertInput> input, Object record) throws Exception {
        CustomerAlerts next;
        try {
            CustomerAlertInput in = input.get();
            if (in == null) {
                return;
            }
            CustomerAlerts stored = alerts();
            next = stored == null ? new CustomerAlerts() : f.alertsCopier().copy(stored);
            f.rules().observe(next, in, this::alert);
        } catch (RuntimeException | StackOverflowError e) {
            discard();
            deadLetter("judging the input (key " + key + ")", record, e);
            return;
        }
        alerts = next;
        alertsChanged();
        pass();
    }

    private long rulesDeadline() throws Exception {
        if (!rulesDueKnown) {
            rulesDue = deadline(alerts(), f.rules()::nextDeadline,
                    (a, e) -> clearAlerts(a, "the next deadline", e));
            rulesDueKnown = true;
        }
        return rulesDue;
    }

    private void advanceRules(long time) throws Exception {
        CustomerAlerts a = alerts;
        try {
            f.rules().advanceTo(a, key, time, this::alert);
            long next = f.rules().nextDeadline(a);
            if (next != Deadlines.NONE && next <= time) {
                throw new IllegalStateException("the deadline at " + Instant.ofEpochMilli(next)
                        + " did not pass");
            }
        } catch (RuntimeException | StackOverflowError e) {
            discard();
            clearAlerts(a, "the deadline at " + Instant.ofEpochMilli(time), e);
            return;
        }
        alertsChanged();
        pass();
    }

    private void clearAlerts(CustomerAlerts a, String what, Throwable e) {
        deadLetter("applying the alert rules' " + what + " (key " + key
                + "); their state is cleared", a, e);
        alerts = null;
        alertsChanged();
    }

    @Override
    public void signal(CustomerSignal signal) {
        signals.add(signal);
    }

    @Override
    public void fact(RetentionFact fact) {
        facts.add(fact);
    }

    private void alert(Alert alert) {
        raised.add(alert);
    }

    private void pass() {
        signals.forEach(s -> ctx.output(ProcessCustomers.SIGNALS, s));
        facts.forEach(r -> ctx.output(ProcessCustomers.FACTS, r));
        long now = System.currentTimeMillis();
        raised.forEach(a -> ctx.output(ProcessCustomers.ALERTS, a.withDetectedAt(now)));
        discard();
    }

    private void discard() {
        signals.clear();
        facts.clear();
        raised.clear();
    }

    private void deadLetter(String stage, Object record, Throwable e) {
        ctx.output(ProcessingErrors.DEAD_LETTERS, f.errors().deadLetter(stage, record, e));
    }

    private AccountHistory history() throws Exception {
        if (!historyRead) {
            history = f.historyState().value();
            historyRead = true;
        }
        return history;
    }

    private CustomerState customer() throws Exception {
        if (!customerRead) {
            customer = f.customerState().value();
            customerRead = true;
        }
        return customer;
    }

    private CustomerAlerts alerts() throws Exception {
        if (!alertsRead) {
            alerts = f.rules().isEmpty() ? null : f.alertsState().value();
            alertsRead = true;
        }
        return alerts;
    }
}
