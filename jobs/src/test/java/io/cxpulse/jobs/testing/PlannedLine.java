package io.cxpulse.jobs.testing;

/**
 * One line of a {@link HostileCorpus} file and what should become of it.
 *
 * @param line 1-based line number in the file
 * @param kind what the line is: {@code valid}, {@code duplicate}, or a {@link HostileKind} name
 * @param outcome the expected outcome
 * @param reason for {@link ExpectedOutcome#REJECTED}, the dead letter's {@code error_type}, or
 *     null when any rejection reason will do; null otherwise
 * @param eventId the event id of an accepted or duplicate line, else null
 */
public record PlannedLine(long line, String kind, ExpectedOutcome outcome, String reason, String eventId) {}
