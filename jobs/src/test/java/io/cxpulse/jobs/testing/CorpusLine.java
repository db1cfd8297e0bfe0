package io.cxpulse.jobs.testing;

/**
 * One line of a corpus file before its place in the file is known.
 *
 * @param kind {@link HostileCorpus#VALID}, {@link HostileCorpus#REPEAT} or a {@link HostileKind} name
 * @param bytes the line without its {@code \n}
 * @param outcome {@link ExpectedOutcome#ACCEPTED} for any valid event (whether it is a duplicate
 *     depends on its place), else the expected outcome
 * @param reason the expected error type of a rejected line, or null for any
 * @param eventId the event id of a valid event
 */
record CorpusLine(String kind, byte[] bytes, ExpectedOutcome outcome, String reason, String eventId) {

    static CorpusLine accepted(String kind, byte[] bytes, String eventId) {
        return new CorpusLine(kind, bytes, ExpectedOutcome.ACCEPTED, null, eventId);
    }

    static CorpusLine rejected(String kind, byte[] bytes, String reason) {
        return new CorpusLine(kind, bytes, ExpectedOutcome.REJECTED, reason, null);
    }
}
