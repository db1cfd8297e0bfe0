package io.cxpulse.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a UTF-8 classpath resource of tab-separated rows next to this class. Blank lines and lines
 * starting with {@code #} are skipped; the first column is lower-cased and its inner whitespace
 * collapsed to single spaces, so multi-word entries match analyzed tokens joined by a space.
 */
final class TabSeparatedResource {

    private TabSeparatedResource() {}

    static List<String[]> read(String resourceName) {
        InputStream in = TabSeparatedResource.class.getResourceAsStream(resourceName);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resourceName);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] columns = trimmed.split("\t");
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = columns[i].strip();
                }
                columns[0] = normalizeKey(columns[0]);
                rows.add(columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceName, e);
        }
        return rows;
    }

    static String normalizeKey(String key) {
        String[] words = key.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return String.join(" ", words);
    }

    static double parseNumber(String[] row, int column, String resourceName) {
        if (row.length <= column) {
            throw new IllegalStateException(
                    "missing number for '" + row[0] + "' in " + resourceName);
        }
        return Double.parseDouble(row[column]);
    }
}
