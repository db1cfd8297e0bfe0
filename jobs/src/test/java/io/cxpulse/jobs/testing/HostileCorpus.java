package io.cxpulse.jobs.testing;

import static io.cxpulse.jobs.testing.CorpusBytes.utf8;

import io.cxpulse.records.InputKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes input files nobody would write on purpose: for each input topic a JSONL file
 * ({@code cx.feedback.jsonl}, ...) of valid events, repeats of some of them, and several hundred
 * hostile lines of every {@link HostileKind}, shuffled, so that the file is not in time order.
 * The same seed writes the same bytes. Returns, per file, what should become of every line.
 */
public final class HostileCorpus {
    /** The kind of a plain valid event. */
    public static final String VALID = "valid";
    /** The kind of a valid event that repeats the event id of another (a producer's retry). */
    public static final String REPEAT = "repeat";

    static final int VALID_LINES = 500;
    static final int REPEATS = 25;

    private HostileCorpus() {}

    /** Writes the four files into {@code dir}; returns the plan of each, by file name. */
    public static Map<String, CorpusPlan> write(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        Map<String, CorpusPlan> plans = new LinkedHashMap<>();
        for (InputKind kind : InputKind.values()) {
            String file = "cx." + kind.key() + ".jsonl";
            plans.put(file, writeFile(dir.resolve(file), kind, random));
        }
        return plans;
    }

    private static CorpusPlan writeFile(Path path, InputKind kind, Random random) throws IOException {
        List<CorpusLine> lines = lines(kind, random);
        Collections.shuffle(lines, random);
        List<PlannedLine> planned = new ArrayList<>(lines.size());
        Set<String> seen = new HashSet<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
            for (CorpusLine line : lines) {
                ExpectedOutcome outcome = line.outcome();
                if (outcome == ExpectedOutcome.ACCEPTED && !seen.add(line.eventId())) {
                    outcome = ExpectedOutcome.DUPLICATE;
                }
                planned.add(new PlannedLine(planned.size() + 1, line.kind(), outcome, line.reason(),
                        line.eventId()));
                out.write(line.bytes());
                out.write('\n');
            }
        }
        return new CorpusPlan(path.getFileName().toString(), kind, planned);
    }

    private static List<CorpusLine> lines(InputKind kind, Random random) {
        ValidEvents events = new ValidEvents(kind, random);
        List<CorpusLine> valid = new ArrayList<>();
        List<Map<String, Object>> validEvents = new ArrayList<>();
        for (int i = 0; i < VALID_LINES; i++) {
            Map<String, Object> e = events.next();
            validEvents.add(e);
            valid.add(CorpusLine.accepted(VALID, utf8(JsonText.object(e)), EncodingHostility.id(e)));
        }
        List<CorpusLine> lines = new ArrayList<>(valid);
        // no repeats of accounts: a repeated account record sets the same state again, and whether
        // it also counts as a duplicate is not for this corpus to say
        if (kind != InputKind.ACCOUNTS) {
            for (int i = 0; i < REPEATS; i++) {
                int original = random.nextInt(VALID_LINES);
                lines.add(random.nextInt(10) < 7
                        ? new CorpusLine(REPEAT, valid.get(original).bytes(), ExpectedOutcome.ACCEPTED, null,
                                valid.get(original).eventId())
                        : retried(kind, validEvents.get(original), random));
            }
        }
        for (HostileKind hostile : HostileKind.values()) {
            if (hostile.appliesTo(kind)) {
                for (int n = hostile.count(random); n > 0; n--) {
                    lines.add(hostile.make(kind, random, events));
                }
            }
        }
        return lines;
    }

    /** The same event id and time with another answer: a retry that is not byte for byte equal. */
    private static CorpusLine retried(InputKind kind, Map<String, Object> event, Random random) {
        Map<String, Object> e = new LinkedHashMap<>(event);
        switch (kind) {
            case FEEDBACK -> e.put("nps", random.nextInt(11));
            case REVIEWS -> e.put("rating", 1 + random.nextInt(5));
            default -> e.put("product", "retried");
        }
        return CorpusLine.accepted(REPEAT, utf8(JsonText.object(e)), EncodingHostility.id(e));
    }
}
