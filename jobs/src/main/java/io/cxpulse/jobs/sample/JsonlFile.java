package io.cxpulse.jobs.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of one topic file. Written in arrival order, one JSON object per line, UTF-8 with
 * {@code \n} line ends; {@code event_id}s are numbered in that order, e.g. {@code fb-000123}.
 */
final class JsonlFile {

    private final String idPrefix;
    private final List<Line> lines = new ArrayList<>();

    JsonlFile(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** A new field map whose first key is {@code event_id}, filled in when the file is written. */
    static Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event_id", "");
        return fields;
    }

    Line add(Instant eventTime, Map<String, Object> fields, boolean background) {
        Line line = new Line(lines.size(), eventTime, fields, background);
        lines.add(line);
        return line;
    }

    /** Adds a copy of {@code original}, arriving one second after it, written with {@code fault}. */
    Line addFaultyCopy(Line original, Fault fault) {
        Line copy = add(original.eventTime, new LinkedHashMap<>(original.fields), false);
        copy.arrival = original.arrival.plusSeconds(1);
        copy.fault = fault;
        return copy;
    }

    List<Line> lines() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    void write(Path file, ObjectMapper json) throws IOException {
        List<Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing((Line l) -> l.arrival).thenComparingLong(l -> l.seq));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            int n = 0;
            for (Line line : ordered) {
                line.fields.put("event_id", String.format("%s-%06d", idPrefix, ++n));
                byte[] bytes = line.fault == null
                        ? json.writeValueAsBytes(line.fields)
                        : line.fault.render(new LinkedHashMap<>(line.fields), json);
                out.write(bytes);
                out.write('\n');
            }
        }
    }
}
