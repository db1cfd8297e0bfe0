package io.cxpulse.jobs.testing;

/** What the job should make of one line of a {@link HostileCorpus} file. */
public enum ExpectedOutcome {
    /** A valid event, the first with its event id in its file. */
    ACCEPTED,
    /** A valid event whose event id an earlier accepted line of the same file already had. */
    DUPLICATE,
    /** Dead-lettered; {@link PlannedLine#reason()} is the error type, or null for any. */
    REJECTED,
    /** An empty line: the file source skips it (docs/topics.md, "empty lines are skipped"). */
    SKIPPED
}
