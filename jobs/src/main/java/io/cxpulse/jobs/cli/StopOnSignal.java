package io.cxpulse.jobs.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import sun.misc.Signal;

/**
 * Ctrl-C or SIGTERM stops {@code cx-pulse run} the way {@code cx-pulse stop} does: a savepoint
 * with every transaction committed, then the end of the job, without draining, so the next run
 * resumes where this one stopped. A second signal quits at once, without a savepoint. A signal
 * handler rather than a shutdown hook, since Flink's own hooks would tear the runtime down while
 * the savepoint is being taken.
 */
final class StopOnSignal {
    private StopOnSignal() {}

    static void install(JobClient job, StateFolder folder) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> {
                if (!stopping.compareAndSet(false, true)) {
                    System.err.println("cx-pulse: quitting without a savepoint; the next run "
                            + "resumes from the latest checkpoint");
                    System.exit(128 + signal.getNumber());
                }
                Thread stop = new Thread(() -> stop(job, folder), "cx-pulse-stop");
                stop.start();
            });
        }
    }

    private static void stop(JobClient job, StateFolder folder) {
        System.err.println("cx-pulse: stopping with a savepoint (again to quit without one)...");
        try {
            String savepoint = job.stopWithSavepoint(false, folder.savepoints().toUri().toString(),
                    SavepointFormatType.CANONICAL).get();
            System.err.println("cx-pulse: stopped with savepoint " + savepoint);
        } catch (Exception e) {
            System.err.println("cx-pulse: the savepoint failed, the job goes on: " + e.getMessage());
        }
    }
}
