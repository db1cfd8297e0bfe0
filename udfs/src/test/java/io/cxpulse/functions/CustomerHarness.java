package io.cxpulse.functions;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.alerts.CustomerAlertInput;
import io.cxpulse.alerts.EscalationRule;
import io.cxpulse.alerts.KeyAccountRule;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerEvent;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.retention.RetentionSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;

/** {@link ProcessCustomers} in Flink's test harness, with its inputs and outputs at hand. */
final class CustomerHarness implements AutoCloseable {
    final KeyedOneInputStreamOperatorTestHarness<String, CustomerEvent, AccountedFeedback> harness;

    CustomerHarness(ProcessCustomers function) throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(function), CustomerEvent::customerId, Types.STRING);
        harness.open();
    }

    /** Streaming, both customer rules on with their defaults. */
    static CustomerSettings settings(RetentionSettings retention) {
        return settings(retention, false, Long.MAX_VALUE);
    }

    static CustomerSettings settings(RetentionSettings retention, boolean batch, long horizon) {
        AlertSettings alerts = AlertSettings.defaults();
        return new CustomerSettings(retention, Duration.ofDays(400), Duration.ofHours(6),
                new KeyAccountRule(alerts.keyAccount()), new EscalationRule(alerts.escalation()),
                alerts.cooldown(), batch, horizon);
    }

    void send(CustomerInput... inputs) throws Exception {
        for (CustomerInput in : inputs) {
            send(CustomerEvent.of(in));
        }
    }

    void send(ScoredFeedback response) throws Exception {
        send(CustomerEvent.of(response));
    }

    void send(CustomerAlertInput review) throws Exception {
        send(CustomerEvent.of(review));
    }

    void send(CustomerEvent event) throws Exception {
        harness.processElement(new StreamRecord<>(event, event.time()));
    }

    void watermark(long time) throws Exception {
        harness.processWatermark(time);
    }

    List<AccountedFeedback> accounted() {
        return harness.extractOutputValues();
    }

    /** The accounted responses with the timestamps they left with. */
    List<StreamRecord<? extends AccountedFeedback>> accountedRecords() {
        return harness.extractOutputStreamRecords();
    }

    List<CustomerSignal> signals() {
        return side(ProcessCustomers.SIGNALS);
    }

    List<RetentionFact> facts() {
        return side(ProcessCustomers.FACTS);
    }

    List<Alert> alerts() {
        return side(ProcessCustomers.ALERTS);
    }

    List<DeadLetter> deadLetters() {
        return side(ProcessingErrors.DEAD_LETTERS);
    }

    private <T> List<T> side(OutputTag<T> tag) {
        List<T> out = new ArrayList<>();
        var records = harness.getSideOutput(tag);
        if (records != null) {
            records.forEach(r -> out.add(r.getValue()));
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
