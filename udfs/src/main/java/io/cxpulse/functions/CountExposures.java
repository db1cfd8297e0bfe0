package io.cxpulse.functions;

import io.cxpulse.alerts.CountObservation;
import io.cxpulse.alerts.ExposureCounter;
import java.io.Serializable;
import java.util.function.Consumer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Turns records into the inputs of a counting rule where they enter the job: the matches of each
 * record, and one exposure per subject and step from this subtask's {@link ExposureCounter}.
 */
public class CountExposures<T> extends RichFlatMapFunction<T, CountObservation> {

    /** How a record is counted: its exposures due, then its matches. */
    @FunctionalInterface
    public interface Counting<T> extends Serializable {
        void count(T record, ExposureCounter counter, Consumer<CountObservation> out);
    }

    private final Counting<T> counting;
    private final long stepMillis;
    private final long priorWeightMillis;
    private transient ExposureCounter counter;

    /**
     * @param stepMillis the rule's step: one exposure per subject and step
     * @param priorWeightMillis the rule's prior weight: how long a parent is seen before it
     *     lends its share
     */
    public CountExposures(Counting<T> counting, long stepMillis, long priorWeightMillis) {
        this.counting = counting;
        this.stepMillis = stepMillis;
        this.priorWeightMillis = priorWeightMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        counter = new ExposureCounter(stepMillis, priorWeightMillis);
    }

    @Override
    public void flatMap(T record, Collector<CountObservation> out) {
        counting.count(record, counter, out::collect);
    }
}
