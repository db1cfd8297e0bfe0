package io.cxpulse.functions;

import io.cxpulse.records.DeadLetter;
import io.cxpulse.serde.FailedRecords;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator does with one record whose processing threw, so that the record, not the
 * job, fails: counts it in the operator's {@code processingErrors} metric, logs it, and makes
 * the {@code processing_error} dead letter the operator emits on {@link #DEAD_LETTERS} (see
 * {@link FailedRecords}). The operator catches only around its pure logic, applies the record's
 * update to a copy of its state, and keeps the copy only when nothing threw.
 */
public final class ProcessingErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessingErrors.class);

    /** Where the operators downstream of scoring emit the dead letters of records that threw. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("processing-errors") {};

    /** The name of the metric counting records that threw. */
    public static final String METRIC = "processingErrors";

    private final String operator;
    private final Counter count;

    /** @param operator the operator's uid, the dead letters' source */
    public ProcessingErrors(RuntimeContext context, String operator) {
        this(operator, context.getMetricGroup().counter(METRIC));
    }

    ProcessingErrors(String operator, Counter count) {
        this.operator = operator;
        this.count = count;
    }

    /**
     * Counts and logs a record that threw and returns its dead letter.
     *
     * @param stage what the operator was doing, with the key when there is one
     */
    public DeadLetter deadLetter(String stage, Object record, Throwable error) {
        count.inc();
        LOG.warn("{}: {} failed; the record goes to the dead letters and the job goes on",
                operator, stage, error);
        return FailedRecords.deadLetter(operator, stage, record, error, System.currentTimeMillis());
    }

    /**
     * Collects the rollup a window function makes of its tally, or, when making it throws, sends
     * the tally as a dead letter instead, so that one window never fails the job.
     */
    public <R> void collectRollup(Supplier<R> make, Object tally, Object window, String key,
            Consumer<DeadLetter> deadLetters, Collector<R> out) {
        R rollup;
        try {
            rollup = make.get();
        } catch (RuntimeException | StackOverflowError e) {
            deadLetters.accept(deadLetter(
                    "making the rollup of " + window + " (key " + key + ")", tally, e));
            return;
        }
        out.collect(rollup);
    }

    /** Counts records that threw and were logged where they were left out. */
    public void counted(long records) {
        count.inc(records);
    }

    /** Counts and logs a record that threw where no dead letter can be emitted. */
    public void skipped(String stage, Throwable error) {
        count.inc();
        LOG.warn("{}: {} failed; the record is left out and the job goes on", operator, stage,
                error);
    }
}
