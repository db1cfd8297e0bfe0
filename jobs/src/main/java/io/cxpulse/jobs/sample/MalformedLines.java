package io.cxpulse.jobs.sample;

import java.util.List;
import java.util.Random;

/**
 * The faulty lines each file carries, one of each listed defect. Each is a damaged copy of an
 * ordinary line, written right after it.
 */
final class MalformedLines {

    static final List<Fault> FEEDBACK = List.of(
            Fault.NOT_JSON, Fault.TRUNCATED_JSON, Fault.NPS_ELEVEN, Fault.NPS_AS_STRING, Fault.NPS_FRACTION,
            Fault.MISSING_CUSTOMER_ID, Fault.BAD_TIMESTAMP, Fault.INVALID_UTF8);
    static final List<Fault> REVIEWS = List.of(
            Fault.NOT_JSON, Fault.TRUNCATED_JSON, Fault.RATING_ZERO, Fault.MISSING_TEXT, Fault.BAD_TIMESTAMP,
            Fault.INVALID_UTF8);
    static final List<Fault> INTERACTIONS = List.of(
            Fault.NOT_JSON, Fault.TRUNCATED_JSON, Fault.UNKNOWN_TYPE, Fault.MISSING_CUSTOMER_ID,
            Fault.AMOUNT_AS_STRING, Fault.BAD_TIMESTAMP, Fault.INVALID_UTF8);
    static final List<Fault> ACCOUNTS = List.of(
            Fault.TRUNCATED_JSON, Fault.BLANK_TIER, Fault.MISSING_CUSTOMER_ID, Fault.BAD_UPDATED_AT,
            Fault.INVALID_UTF8);

    private MalformedLines() {}

    static void add(JsonlFile file, List<Fault> faults, Random rng) {
        List<Line> lines = List.copyOf(file.lines());
        for (Fault fault : faults) {
            while (true) {
                Line line = lines.get(rng.nextInt(lines.size()));
                if (line.background && !line.isLate() && line.fault == null && fault.accepts(line.fields)) {
                    file.addFaultyCopy(line, fault);
                    break;
                }
            }
        }
    }
}
