package io.cxpulse.records;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.accounts.AccountHistory;
import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.alerts.CustomerAlertInput;
import io.cxpulse.alerts.CustomerAlerts;
import io.cxpulse.alerts.CustomerRules;
import io.cxpulse.alerts.Evidence;
import io.cxpulse.alerts.KeyAccountRule;
import io.cxpulse.retention.CustomerLifecycle;
import io.cxpulse.retention.CustomerState;
import io.cxpulse.retention.Inputs;
import io.cxpulse.retention.RetentionTally;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * The retention types use Flink's POJO serializer, never Kryo; and the size of a typical
 * customer's state, serialized as Flink keeps it, stays small.
 */
class RetentionSerializationTest {

    @Test
    void customerInputIsAPojo() {
        assertSerializedAsPojoWithoutKryo(CustomerInput.class);
    }

    @Test
    void customerSignalIsAPojo() {
        assertSerializedAsPojoWithoutKryo(CustomerSignal.class);
    }

    @Test
    void retentionFactIsAPojo() {
        assertSerializedAsPojoWithoutKryo(RetentionFact.class);
    }

    @Test
    void retentionRollupIsAPojo() {
        assertSerializedAsPojoWithoutKryo(RetentionRollup.class);
    }

    @Test
    void customerStateIsAPojo() {
        assertSerializedAsPojoWithoutKryo(CustomerState.class);
    }

    @Test
    void theCustomerOperatorsStateAndInputsArePojos() {
        assertSerializedAsPojoWithoutKryo(CustomerEvent.class);
        assertSerializedAsPojoWithoutKryo(CustomerAlerts.class);
        assertSerializedAsPojoWithoutKryo(AccountHistory.class);
    }

    @Test
    void retentionTallyWindowAccumulatorIsAPojo() {
        assertSerializedAsPojoWithoutKryo(RetentionTally.class);
    }

    /**
     * A typical customer after two weeks: daily usage, a purchase every few days, two tickets,
     * a survey answer with a comment, an account record. Prints the bytes Flink's serializer
     * writes for it (the state value; RocksDB adds the key and the TTL timestamp on top).
     */
    @Test
    void typicalCustomerStateIsAFewHundredBytes() throws Exception {
        CustomerState s = new CustomerState();
        CustomerLifecycle lifecycle = new CustomerLifecycle(Inputs.settings());
        CustomerLifecycle.Output ignore = new CustomerLifecycle.Output() {
            @Override
            public void signal(CustomerSignal signal) {}

            @Override
            public void fact(RetentionFact fact) {}
        };
        lifecycle.apply(s, Inputs.account("C0042", Inputs.day(0), "standard", 48_000), ignore);
        for (int d = 0; d < 14; d++) {
            for (int u = 0; u < 6; u++) {
                lifecycle.apply(s, Inputs.ix("C0042", Inputs.day(d + u / 7.0), "usage"), ignore);
            }
            if (d % 3 == 0) {
                lifecycle.apply(s, Inputs.ix("C0042", Inputs.day(d + 0.9), "purchase", 149.9), ignore);
            }
        }
        lifecycle.apply(s, Inputs.ix("C0042", Inputs.day(12), "support_ticket"), ignore);
        lifecycle.apply(s, Inputs.ix("C0042", Inputs.day(13), "support_ticket"), ignore);
        lifecycle.apply(s, Inputs.said("C0042", Inputs.day(13.5), 8, "positive", false), ignore);

        int bytes = bytesOf(CustomerState.class, s);
        System.out.println("Serialized CustomerState of a typical customer: " + bytes + " bytes ("
                + s.gaps.length + " gaps, " + s.purchaseTimes.length + " recent purchases, "
                + s.ticketTimes.length + " tickets)");
        TypeSerializer<CustomerState> serializer = TypeInformation.of(CustomerState.class)
                .createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(512);
        serializer.serialize(s, out);
        CustomerState back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        assertEquals(s.lastActivity, back.lastActivity);
        assertEquals(s.purchases, back.purchases);
        assertEquals(s.gaps.length, back.gaps.length);

        // what the customer operator keeps besides: the account history with the version in
        // force and the timer; a typical customer has no rule state (not a key account, no
        // escalation) and no pending input once the watermark has passed
        AccountHistory history = new AccountHistory();
        history.add(Inputs.day(0), "standard", 48_000);
        int all = bytes + bytesOf(AccountHistory.class, history) + Long.BYTES;
        System.out.println("Serialized state of a typical customer in the customer operator: "
                + all + " bytes");
        assertTrue(all < 600, "a customer's state should stay a few hundred bytes: " + all);

        // a key account with an open alert, for scale
        KeyAccountRule rule = new KeyAccountRule(AlertSettings.defaults().keyAccount());
        CustomerRules rules = new CustomerRules(rule, null, 0);
        CustomerAlerts alerts = new CustomerAlerts();
        rules.observe(alerts, new CustomerAlertInput("C0042", Inputs.day(13.5), true,
                CustomerAlertInput.RESPONSE, 2, true, new String[] {"churn"}, null,
                new Evidence("fb-1", "we are leaving", new String[] {"leaving"}, -0.6)), a -> {});
        System.out.println("Serialized customer rule state of a key account with an open alert: "
                + bytesOf(CustomerAlerts.class, alerts) + " bytes");
    }

    private static <T> int bytesOf(Class<T> type, T value) throws Exception {
        TypeSerializer<T> serializer = TypeInformation.of(type)
                .createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(512);
        serializer.serialize(value, out);
        return out.length();
    }
}
