package io.cxpulse.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer texts from the sample data, split by script into English-only and Hebrew-only sets.
 * Texts mixing both scripts, and lines that are not valid UTF-8 JSON (the sample data plants
 * some), are left out.
 */
record SampleTexts(List<String> english, List<String> hebrew) {

    static final Path DIRECTORY = Path.of("sample-data");

    /** Reads {@code comment} of cx.feedback.jsonl and {@code text} of cx.reviews.jsonl. */
    static SampleTexts load(Path directory) {
        List<String> english = new ArrayList<>();
        List<String> hebrew = new ArrayList<>();
        for (String[] source : new String[][] {
                {"cx.feedback.jsonl", "comment"}, {"cx.reviews.jsonl", "text"}}) {
            Path file = directory.resolve(source[0]);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("sample data not found: " + file.toAbsolutePath()
                        + " (run the benchmarks from the repository root, or write it with"
                        + " 'bin/cx-pulse sample')");
            }
            for (String text : textsOf(file, source[1])) {
                boolean he = text.codePoints().anyMatch(SampleTexts::isHebrewLetter);
                boolean latin = text.codePoints().anyMatch(SampleTexts::isLatinLetter);
                if (he && !latin) {
                    hebrew.add(text);
                } else if (latin && !he) {
                    english.add(text);
                }
            }
        }
        return new SampleTexts(english, hebrew);
    }

    /**
     * {@code size} texts spread evenly over {@code texts}, in order, so that a batch draws from
     * every part of the sample; texts repeat when there are fewer than {@code size}.
     */
    static String[] batch(List<String> texts, int size) {
        if (texts.isEmpty()) {
            throw new IllegalStateException("no texts in the sample data for this language");
        }
        String[] batch = new String[size];
        for (int i = 0; i < size; i++) {
            batch[i] = texts.get((int) ((long) i * texts.size() / size) % texts.size());
        }
        return batch;
    }

    private static List<String> textsOf(Path file, String field) {
        ObjectMapper mapper = new ObjectMapper();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> texts = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int start = 0, end; start < bytes.length; start = end + 1) {
            end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            try {
                String line = utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
                JsonNode text = mapper.readTree(line).get(field);
                if (text != null && text.isTextual() && !text.asText().isBlank()) {
                    texts.add(text.asText());
                }
            } catch (IOException | RuntimeException e) {
                // a planted malformed line: not a text to measure
            }
        }
        return texts;
    }

    private static boolean isHebrewLetter(int c) {
        return c >= '\u05D0' && c <= '\u05EA';
    }

    private static boolean isLatinLetter(int c) {
        return Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
