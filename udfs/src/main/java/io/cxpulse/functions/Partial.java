package io.cxpulse.functions;

import io.cxpulse.rollups.Segments;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple4;
import org.apache.flink.api.java.typeutils.TupleTypeInfo;

/**
 * A partial tally of one segment in one pane (the smallest time unit every window size of a
 * rollup is made of), as the combiner in front of the shuffle sends it to the segment's windows:
 * {@code f0} dimension, {@code f1} value, {@code f2} pane start (epoch milliseconds), {@code f3}
 * the tally. A tuple so that Flink serializes it with the tally's own POJO serializer.
 */
public class Partial<T> extends Tuple4<String, String, Long, T> {

    public Partial() {}

    public Partial(String dimension, String value, long paneStart, T tally) {
        super(dimension, value, paneStart, tally);
    }

    public String dimension() {
        return f0;
    }

    public String value() {
        return f1;
    }

    public long paneStart() {
        return f2;
    }

    public T tally() {
        return f3;
    }

    /** The key of the segment's windows. */
    public static String segmentKey(Partial<?> partial) {
        return Segments.key(partial.f0, partial.f1);
    }

    /** Its Flink type, for tallies of class {@code tally}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> TypeInformation<Partial<T>> type(Class<T> tally) {
        return (TypeInformation) new TupleTypeInfo<>(Partial.class, Types.STRING, Types.STRING,
                Types.LONG, TypeInformation.of(tally));
    }
}
