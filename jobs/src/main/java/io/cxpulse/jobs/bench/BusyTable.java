package io.cxpulse.jobs.bench;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.Map;

/** Prints each task's busy, back-pressured and idle time as shares of its subtasks' run time. */
final class BusyTable {
    private static final int NAME_WIDTH = 110;

    private BusyTable() {}

    /**
     * @param totals milliseconds by task and metric, summed over subtasks
     * @param seconds the job's run time
     */
    static void print(PrintStream out, String title, Map<String, Map<String, Long>> totals,
            double seconds) {
        out.printf("%n%s: %% of the run time (%.1f s) of each task's subtasks, most CPU first;"
                + " a task is a chain of operators; busy and CPU seconds summed over subtasks%n",
                title, seconds);
        out.printf("%7s %7s %7s %8s %8s %3s  %s%n",
                "busy", "backpr", "idle", "busy s", "CPU s", "n", "task");
        totals.entrySet().stream()
                .sorted(Comparator.comparingLong(
                        (Map.Entry<String, Map<String, Long>> e) -> ms(e.getValue(), BusyTimeReporter.CPU))
                        .reversed())
                .forEach(e -> {
                    Map<String, Long> m = e.getValue();
                    double available = seconds * 10 * Math.max(1, ms(m, BusyTimeReporter.SUBTASKS));
                    out.printf("%6.1f%% %6.1f%% %6.1f%% %8.1f %8.1f %3d  %s%n",
                            ms(m, BusyTimeReporter.BUSY) / available,
                            ms(m, BusyTimeReporter.BACK_PRESSURED) / available,
                            ms(m, BusyTimeReporter.IDLE) / available,
                            ms(m, BusyTimeReporter.BUSY) / 1000.0,
                            ms(m, BusyTimeReporter.CPU) / 1000.0,
                            ms(m, BusyTimeReporter.SUBTASKS), shorten(e.getKey()));
                });
    }

    private static long ms(Map<String, Long> metrics, String name) {
        return metrics.getOrDefault(name, 0L);
    }

    private static String shorten(String task) {
        return task.length() <= NAME_WIDTH ? task : task.substring(0, NAME_WIDTH - 3) + "...";
    }
}
