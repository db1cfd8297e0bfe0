package io.cxpulse.jobs.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;
import org.apache.flink.metrics.reporter.Scheduled;

/**
 * Collects each task's accumulated busy, back-pressured and idle time from Flink's own task
 * metrics in the bench's local runtime, sampled every second and read once more when a task
 * ends, summed over the task's subtasks; and the CPU time of the task's threads, which tells
 * more on a machine with fewer cores than busy threads, where busy time counts the time a
 * thread waits for a core. A task is a chain of operators, named after them.
 */
public final class BusyTimeReporter implements MetricReporter, Scheduled {
    static final String BUSY = "accumulateBusyTimeMs";
    static final String BACK_PRESSURED = "accumulateBackPressuredTimeMs";
    static final String IDLE = "accumulateIdleTimeMs";
    /** Not a metric: how many subtasks of the task reported, in {@link #totals}. */
    static final String SUBTASKS = "subtasks";
    /** Not a metric: the CPU time of the task's threads, in {@link #totals}. */
    static final String CPU = "cpuTimeMs";
    private static final Pattern SUBTASK_SUFFIX = Pattern.compile(" \\(\\d+/\\d+\\)#\\d+$");

    /** Gauges of running tasks by task, subtask and metric. */
    private static final Map<String, Gauge<?>> LIVE = new ConcurrentHashMap<>();
    /** Last value read by task, subtask and metric. */
    private static final Map<String, Long> LAST = new ConcurrentHashMap<>();
    /** Last CPU time read of each task thread, by thread id: task name and nanoseconds. */
    private static final Map<Long, Map.Entry<String, Long>> THREAD_CPU = new ConcurrentHashMap<>();

    /** Registers the reporter in a local runtime's settings. */
    static void register(Configuration settings) {
        settings.setString("metrics.reporter.busy.factory.class", Factory.class.getName());
        settings.setString("metrics.reporter.busy.interval", "1 s");
    }

    /** Forgets everything seen, before a job starts. */
    static void reset() {
        LIVE.clear();
        LAST.clear();
        THREAD_CPU.clear();
    }

    /**
     * Milliseconds by task name and metric, summed over subtasks, as of now, and the number of
     * subtasks as {@link #SUBTASKS}.
     */
    static Map<String, Map<String, Long>> totals() {
        LIVE.forEach(BusyTimeReporter::read);
        readThreadCpu();
        Map<String, Map<String, Long>> totals = new TreeMap<>();
        LAST.forEach((key, value) -> {
            String[] parts = key.split("\u0000");
            Map<String, Long> task = totals.computeIfAbsent(parts[0], t -> new TreeMap<>());
            task.merge(parts[2], value, Long::sum);
            if (parts[2].equals(BUSY)) {
                task.merge(SUBTASKS, 1L, Long::sum);
            }
        });
        THREAD_CPU.values().forEach(t -> {
            Map<String, Long> task = totals.get(t.getKey());
            if (task != null) {
                task.merge(CPU, t.getValue() / 1_000_000, Long::sum);
            }
        });
        return totals;
    }

    /**
     * Reads the CPU time of every thread named after a task ({@code <task> (1/2)#0}); a thread
     * that ended since the last read keeps its last reading, at most a second old.
     */
    private static void readThreadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            Matcher suffix = SUBTASK_SUFFIX.matcher(info.getThreadName());
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (suffix.find() && cpu > 0) {
                // a source's Kafka consumer polls in a fetcher thread of its own
                String task = info.getThreadName().substring(0, suffix.start())
                        .replaceFirst("^Source Data Fetcher for ", "");
                THREAD_CPU.put(info.getThreadId(), Map.entry(task, cpu));
            }
        }
    }

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        String key = key(name, group);
        if (key != null && metric instanceof Gauge<?> gauge) {
            LIVE.put(key, gauge);
        }
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        String key = key(name, group);
        if (key != null) {
            Gauge<?> gauge = LIVE.remove(key);
            if (gauge != null) {
                read(key, gauge);
            }
        }
    }

    @Override
    public void report() {
        LIVE.forEach(BusyTimeReporter::read);
        readThreadCpu();
    }

    private static void read(String key, Gauge<?> gauge) {
        try {
            if (gauge.getValue() instanceof Number n) {
                LAST.put(key, n.longValue());
            }
        } catch (RuntimeException e) {
            // a task that is shutting down may no longer answer; its last value stands
        }
    }

    private static String key(String name, MetricGroup group) {
        if (!name.equals(BUSY) && !name.equals(BACK_PRESSURED) && !name.equals(IDLE)) {
            return null;
        }
        Map<String, String> vars = group.getAllVariables();
        String task = vars.get("<task_name>");
        // task-level metrics only: operator groups carry an operator name too
        if (task == null || vars.containsKey("<operator_name>")) {
            return null;
        }
        return task + "\u0000" + vars.get("<subtask_index>") + "\u0000" + name;
    }

    /** Found by Flink through {@code META-INF/services}. */
    public static final class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new BusyTimeReporter();
        }
    }
}
