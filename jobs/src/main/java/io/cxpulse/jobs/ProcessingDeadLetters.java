package io.cxpulse.jobs;

import io.cxpulse.functions.ProcessingErrors;
import io.cxpulse.records.DeadLetter;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The dead letters of records the operators after scoring threw on
 * ({@link ProcessingErrors#DEAD_LETTERS}), gathered while the workflow is defined, for the
 * dead-letter topic.
 */
public final class ProcessingDeadLetters {
    private DataStream<DeadLetter> all;

    /** Takes the operator's dead letters; returns the operator. */
    public <T> SingleOutputStreamOperator<T> of(SingleOutputStreamOperator<T> operator) {
        DataStream<DeadLetter> more = operator.getSideOutput(ProcessingErrors.DEAD_LETTERS);
        all = all == null ? more : all.union(more);
        return operator;
    }

    /** These dead letters and the others; the others alone when there are none. */
    public DataStream<DeadLetter> unionWith(DataStream<DeadLetter> others) {
        return all == null ? others : others.union(all);
    }
}
