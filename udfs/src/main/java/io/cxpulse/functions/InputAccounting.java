package io.cxpulse.functions;

import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * Counts what becomes of every input record, so that read = accepted + dead-lettered holds per
 * input: as metrics per input kind ({@code input.<kind>.read}, {@code .accepted},
 * {@code .deadLettered} and {@code input.<kind>.reason.<reason>}) and as accumulators per source
 * topic or file, which a bounded run reads back when it ends (see {@link #parse}).
 *
 * <p>Each record is read once (where it is routed), then either dead-lettered once, wherever
 * that happens, or accepted once (when it has been scored and passed on to the analysis).
 */
public final class InputAccounting {
    public static final String READ = "read";
    public static final String ACCEPTED = "accepted";
    /** The measure of dead letters is this prefix and the reason, e.g. {@code dead_letter:late}. */
    public static final String DEAD_LETTER = "dead_letter:";
    private static final String PREFIX = "input|";
    private static final String REASON = "reason.";

    private final RuntimeContext context;
    private final Map<InputKind, Map<String, Counter>> metrics = new EnumMap<>(InputKind.class);
    /** Per source, per measure: looked up without building a name for every record. */
    private final Map<String, Map<String, LongCounter>> accumulators = new HashMap<>();

    public InputAccounting(RuntimeContext context) {
        this.context = context;
    }

    public void read(Envelope envelope) {
        count(envelope, READ, "read");
    }

    public void accepted(Envelope envelope) {
        count(envelope, ACCEPTED, "accepted");
    }

    public void deadLettered(Envelope envelope, String reason) {
        count(envelope, DEAD_LETTER + reason, "deadLettered");
        metric(envelope.kind(), REASON + reason).inc();
    }

    private void count(Envelope envelope, String measure, String metric) {
        metric(envelope.kind(), metric).inc();
        String source = envelope.position().source();
        accumulators.computeIfAbsent(source, s -> new HashMap<>())
                .computeIfAbsent(measure, m -> context.getLongCounter(name(m, source)))
                .add(1L);
    }

    private Counter metric(InputKind kind, String name) {
        return metrics.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(name, n -> {
            MetricGroup group = context.getMetricGroup().addGroup("input", kind.key());
            int dot = n.indexOf('.');
            return dot < 0 ? group.counter(n)
                    : group.addGroup(n.substring(0, dot)).counter(n.substring(dot + 1));
        });
    }

    /** The accumulator name of one measure of one source topic or file. */
    public static String name(String measure, String source) {
        return PREFIX + measure + "|" + source;
    }

    /**
     * The measure and the source of an accumulator name from {@link #name}, or null for other
     * accumulators.
     */
    public static String[] parse(String accumulatorName) {
        if (!accumulatorName.startsWith(PREFIX)) {
            return null;
        }
        String rest = accumulatorName.substring(PREFIX.length());
        int bar = rest.indexOf('|');
        return bar < 0 ? null : new String[] {rest.substring(0, bar), rest.substring(bar + 1)};
    }
}
