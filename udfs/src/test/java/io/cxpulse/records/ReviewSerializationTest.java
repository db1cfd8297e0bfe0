package io.cxpulse.records;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.reviews.NameCount;
import io.cxpulse.reviews.ReviewTally;
import io.cxpulse.reviews.TopCounter;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * The review rollup's types, including the window accumulator kept in state, use Flink's own
 * serializers: no Kryo fallback, so savepoints survive a change of fields.
 */
class ReviewSerializationTest {

    @Test
    void reviewRollupIsAPojo() {
        assertSerializedAsPojoWithoutKryo(ReviewRollup.class);
    }

    @Test
    void nameCountIsAPojo() {
        assertSerializedAsPojoWithoutKryo(NameCount.class);
    }

    @Test
    void topCounterWithItsMapIsAPojo() {
        assertSerializedAsPojoWithoutKryo(TopCounter.class);
    }

    @Test
    void reviewTallyWindowAccumulatorIsAPojo() {
        assertSerializedAsPojoWithoutKryo(ReviewTally.class);
    }

    @Test
    void reviewTallySurvivesASerializationRoundTrip() throws Exception {
        ReviewTally tally = new ReviewTally();
        tally.add(1, -0.5, "negative", new String[] {"billing"}, new String[] {"charged"});
        tally.add(5, null, null, new String[0], new String[0]);

        TypeSerializer<ReviewTally> serializer = TypeInformation.of(ReviewTally.class)
                .createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(tally, out);
        ReviewTally copy = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertArrayEquals(new long[] {1, 0, 0, 0, 1}, copy.stars);
        assertEquals(1, copy.texts);
        assertEquals(-500_000L, copy.sentimentSum);
        assertEquals(1L, copy.negativeAspects.counts.get("billing"));
        assertEquals(1L, copy.negativeTerms.counts.get("charged"));
    }
}
