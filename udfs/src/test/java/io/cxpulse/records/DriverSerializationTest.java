package io.cxpulse.records;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.drivers.ReviewDriverTally;
import io.cxpulse.drivers.SurveyDriverTally;
import io.cxpulse.functions.Partial;
import io.cxpulse.sentiment.AspectSentiment;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.api.java.typeutils.TupleTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The driver records and window accumulators use Flink's own serializers, never Kryo. */
class DriverSerializationTest {

    @Test
    void partialTalliesAreTuplesOfPojos() {
        TypeInformation<Partial<SurveyDriverTally>> type = Partial.type(SurveyDriverTally.class);
        assertTrue(type instanceof TupleTypeInfo);
        assertTrue(((TupleTypeInfo<?>) type).getTypeAt(3) instanceof PojoTypeInfo);
    }

    @Test
    void driverRollupIsAPojo() {
        assertSerializedAsPojoWithoutKryo(DriverRollup.class);
    }

    @Test
    void aspectDriverIsAPojo() {
        assertSerializedAsPojoWithoutKryo(AspectDriver.class);
    }

    @Test
    void surveyDriverTallyWindowAccumulatorIsAPojo() {
        assertSerializedAsPojoWithoutKryo(SurveyDriverTally.class);
    }

    @Test
    void reviewDriverTallyWindowAccumulatorIsAPojo() {
        assertSerializedAsPojoWithoutKryo(ReviewDriverTally.class);
    }

    @Test
    void surveyTallyArraysSurviveARoundTrip() throws Exception {
        SurveyDriverTally t = new SurveyDriverTally();
        t.add(2, true, new AspectSentiment[] {new AspectSentiment("support", -0.5, 1)});
        t.add(10, true, new AspectSentiment[] {new AspectSentiment("installation", 0.3, 2)});
        SurveyDriverTally copy = roundTrip(t, SurveyDriverTally.class);
        assertEquals(1, copy.detractorComments);
        assertArrayEquals(t.detractorMentions, copy.detractorMentions);
        assertArrayEquals(t.negativeDetractors, copy.negativeDetractors);
        assertArrayEquals(t.promoterMentions, copy.promoterMentions);
        assertArrayEquals(t.sentimentSum, copy.sentimentSum);
        assertEquals(t.aspects(1).toString(), copy.aspects(1).toString());
    }

    @Test
    void driverRollupSurvivesARoundTrip() throws Exception {
        AspectDriver row = new AspectDriver("price", 1, 4, 1, 1, 2, -0.185, 2.0 / 3, 2, 8, -50.0,
                -12.5, 37.5, false);
        DriverRollup r = new DriverRollup("1d", 0, 86_400_000L, DriverRollup.SURVEY, "overall",
                "all", 10, 7, 3, -20.0, null, new AspectDriver[] {row}, 2);
        DriverRollup copy = roundTrip(r, DriverRollup.class);
        assertEquals(r.key(), copy.key());
        assertEquals(row, copy.aspects()[0]);
        assertEquals(2, copy.revision());
    }

    private static <T> T roundTrip(T value, Class<T> type) throws Exception {
        TypeSerializer<T> serializer =
                TypeInformation.of(type).createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }
}
