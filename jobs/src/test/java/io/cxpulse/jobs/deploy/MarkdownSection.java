package io.cxpulse.jobs.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code ## } section of a Markdown file, for tests that hold docs to the code. */
record MarkdownSection(String heading, List<String> lines) {
    static final Path DEPLOY = Path.of("..", "docs", "deploy.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** The section under {@code ## heading}, up to the next {@code ## } heading. */
    static MarkdownSection of(Path file, String heading) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        int start = all.indexOf("## " + heading);
        if (start < 0) {
            throw new AssertionError(file + " has no section \"## " + heading + "\"");
        }
        int end = start + 1;
        while (end < all.size() && !all.get(end).startsWith("## ")) {
            end++;
        }
        return new MarkdownSection(heading, all.subList(start + 1, end));
    }

    /** The code spans of the first column of every table row but the header. */
    Set<String> firstColumnCode() {
        Set<String> codes = new LinkedHashSet<>();
        boolean header = true;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                header = true;
                continue;
            }
            if (header || line.startsWith("|---")) {
                header = line.startsWith("|---") ? false : header;
                continue;
            }
            Matcher code = CODE.matcher(line.split("\\|")[1]);
            while (code.find()) {
                codes.add(code.group(1));
            }
        }
        return codes;
    }

    /** The lines of every fenced code block, joined. */
    String code() {
        List<String> code = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                inside = !inside;
            } else if (inside) {
                code.add(line);
            }
        }
        return String.join("\n", code);
    }

    String text() {
        return String.join("\n", lines);
    }
}
