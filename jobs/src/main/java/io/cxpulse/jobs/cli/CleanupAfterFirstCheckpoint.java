package io.cxpulse.jobs.cli;

import java.io.IOException;
import java.time.Duration;

/**
 * Waits in the background until the run's own first checkpoint is complete, then deletes the
 * state of earlier runs that it superseded ({@link RetainedCheckpoints#removeSuperseded}).
 * Until then, whatever this run restored from stays, for a run killed before its first
 * checkpoint resumes from it again.
 */
final class CleanupAfterFirstCheckpoint {
    private static final Duration POLL = Duration.ofSeconds(1);

    private CleanupAfterFirstCheckpoint() {}

    static void start(StateFolder state, String jobId) {
        Thread watcher = new Thread(() -> {
            try {
                while (!RetainedCheckpoints.hasComplete(state.job(jobId))) {
                    Thread.sleep(POLL.toMillis());
                }
                RetainedCheckpoints.removeSuperseded(state, jobId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                System.err.println("cx-pulse: could not remove earlier state from " + state.path()
                        + ": " + e.getMessage());
            }
        }, "cx-pulse-state-cleanup");
        watcher.setDaemon(true);
        watcher.start();
    }
}
