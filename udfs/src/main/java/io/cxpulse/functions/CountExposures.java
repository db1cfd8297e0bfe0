package io.cxpulse.functions;

import io.cxpulse.alerts.CountObservation;
import io.cxpulse.alerts.ExposureCounter;
import java.io.Serializable;
import java.util.function.Consumer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Turns records into the inputs of a counting rule where they enter the job: the matches of each
 * record at once, and, as the watermark passes each step, one exposure per subject of that step
 * from this subtask's {@link ExposureCounter}, sent before the watermark itself.
 */
public class CountExposures<T> extends AbstractStreamOperator<CountObservation>
        implements OneInputStreamOperator<T, CountObservation> {

    /** How a record is counted: its subjects into the counter, its matches out. */
    @FunctionalInterface
    public interface Counting<T> extends Serializable {
        void count(T record, ExposureCounter counter, Consumer<CountObservation> out);
    }

    private final Counting<T> counting;
    private final long stepMillis;
    private transient ExposureCounter counter;
    private transient StreamRecord<CountObservation> reuse;

    /** @param stepMillis the rule's step: one exposure per subject and step */
    public CountExposures(Counting<T> counting, long stepMillis) {
        this.counting = counting;
        this.stepMillis = stepMillis;
    }

    @Override
    public void open() throws Exception {
        super.open();
        counter = new ExposureCounter(stepMillis);
        reuse = new StreamRecord<>(null);
    }

    @Override
    public void processElement(StreamRecord<T> element) {
        counting.count(element.getValue(), counter, match -> output.collect(
                reuse.replace(match, match.time())));
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        for (CountObservation exposure : counter.flushThrough(mark.getTimestamp())) {
            output.collect(reuse.replace(exposure, exposure.time()));
        }
        super.processWatermark(mark);
    }
}
