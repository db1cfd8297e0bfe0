package io.cxpulse.alerts;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;

import org.junit.jupiter.api.Test;

/** Every alert type Flink moves or keeps in state uses its POJO serializer, never Kryo. */
class AlertSerializationTest {
    @Test
    void alertTypesArePojos() {
        for (Class<?> type : new Class<?>[] {Alert.class, Subject.class, Evidence.class,
                CountObservation.class, CustomerAlertInput.class, Episode.class, CountState.class,
                NpsHistory.class, KeyAccountState.class, MatchCount.class, StormState.class}) {
            assertSerializedAsPojoWithoutKryo(type);
        }
    }
}
