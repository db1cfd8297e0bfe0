package io.cxpulse.jobs.sample;

import java.time.Instant;
import java.util.Map;

/** One line of a sample file before it is written: its fields, event time and arrival time. */
final class Line {

    final long seq;
    final Instant eventTime;
    final Map<String, Object> fields;
    /** Whether the line is ordinary background traffic that may be delayed or copied as a faulty line. */
    final boolean background;
    /** When the line reaches the topic; later than {@link #eventTime} for late events. */
    Instant arrival;
    /** The defect this line is written with, or {@code null} for a valid line. */
    Fault fault;

    Line(long seq, Instant eventTime, Map<String, Object> fields, boolean background) {
        this.seq = seq;
        this.eventTime = eventTime;
        this.fields = fields;
        this.background = background;
        this.arrival = eventTime;
    }

    boolean isLate() {
        return !arrival.equals(eventTime);
    }
}
