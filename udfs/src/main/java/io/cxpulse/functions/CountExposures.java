package io.cxpulse.functions;

import io.cxpulse.alerts.CountObservation;
import io.cxpulse.alerts.ExposureCounter;
import io.cxpulse.alerts.ParentRecords;
import io.cxpulse.alerts.PendingExposure;
import java.io.Serializable;
import java.util.function.Consumer;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Turns records into the inputs of a counting rule where they enter the job: the matches of each
 * record at once, and, as the watermark passes each step, one exposure per subject of that step
 * from this subtask's {@link ExposureCounter}, sent before the watermark itself. The counter's
 * unsent counts and parents' shares are operator state, so a restart loses none of them.
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
    private transient ListState<PendingExposure> pendingState;
    private transient ListState<ParentRecords> parentsState;

    /** @param stepMillis the rule's step: one exposure per subject and step */
    public CountExposures(Counting<T> counting, long stepMillis) {
        this.counting = counting;
        this.stepMillis = stepMillis;
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        pendingState = context.getOperatorStateStore().getListState(new ListStateDescriptor<>(
                "pending-exposures", TypeInformation.of(PendingExposure.class)));
        parentsState = context.getOperatorStateStore().getListState(new ListStateDescriptor<>(
                "parent-records", TypeInformation.of(ParentRecords.class)));
        counter = new ExposureCounter(stepMillis);
        counter.restore(pendingState.get(), parentsState.get());
    }

    @Override
    public void open() throws Exception {
        super.open();
        reuse = new StreamRecord<>(null);
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        pendingState.update(counter.pendingExposures());
        parentsState.update(counter.parentRecords());
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
