package io.cxpulse.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads UTF-8 tab-separated rows, from a classpath resource next to this class or from lines in
 * memory. Blank lines and lines starting with {@code #} are skipped; columns are stripped and each
 * row keeps its line number for error messages.
 */
final class TabSeparatedResource {

    /** One row: its columns and its 1-based line number. */
    record Row(String[] columns, int line) {

        String column(int i) {
            return i < columns.length ? columns[i] : null;
        }
    }

    private TabSeparatedResource() {}

    /** @throws IllegalStateException when the resource does not exist */
    static List<Row> read(String resourceName) {
        List<Row> rows = readIfPresent(resourceName);
        if (rows == null) {
            throw new IllegalStateException("missing resource " + resourceName);
        }
        return rows;
    }

    /** @return the rows, or null when the resource does not exist */
    static List<Row> readIfPresent(String resourceName) {
        InputStream in = TabSeparatedResource.class.getResourceAsStream(resourceName);
        if (in == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceName, e);
        }
        return parse(lines);
    }

    static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line == null) {
                continue;
            }
            if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] columns = trimmed.split("\t");
            for (int c = 0; c < columns.length; c++) {
                columns[c] = columns[c].strip();
            }
            rows.add(new Row(columns, i + 1));
        }
        return rows;
    }
}
