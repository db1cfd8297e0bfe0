package io.cxpulse.jobs.testing;

import io.cxpulse.records.InputKind;
import java.util.List;

/**
 * What a {@link HostileCorpus} file holds and what the job should make of each line.
 *
 * @param file the file name, e.g. {@code cx.feedback.jsonl}
 * @param kind the input the file is read as
 * @param planned one entry per line, in file order
 */
public record CorpusPlan(String file, InputKind kind, List<PlannedLine> planned) {

    public CorpusPlan {
        planned = List.copyOf(planned);
    }

    /** Lines in the file, empty ones included. */
    public int lines() {
        return planned.size();
    }

    public long expectedAccepted() {
        return count(ExpectedOutcome.ACCEPTED);
    }

    public long expectedDuplicates() {
        return count(ExpectedOutcome.DUPLICATE);
    }

    public long expectedRejected() {
        return count(ExpectedOutcome.REJECTED);
    }

    /** Empty lines, which the file source skips without counting them anywhere. */
    public long expectedSkipped() {
        return count(ExpectedOutcome.SKIPPED);
    }

    /** Lines of a hostile kind, whatever their outcome. */
    public long hostile() {
        return planned.stream()
                .filter(p -> !p.kind().equals(HostileCorpus.VALID) && !p.kind().equals(HostileCorpus.REPEAT))
                .count();
    }

    private long count(ExpectedOutcome outcome) {
        return planned.stream().filter(p -> p.outcome() == outcome).count();
    }
}
