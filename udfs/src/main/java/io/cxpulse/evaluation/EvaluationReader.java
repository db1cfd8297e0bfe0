package io.cxpulse.evaluation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a labelled evaluation file: UTF-8, one {@code label<TAB>text} per line, where further
 * tab-separated columns after the text are ignored. Blank lines and lines starting with
 * {@code #} are skipped. The label is {@code positive}, {@code neutral} or {@code negative}, in
 * any case.
 */
public final class EvaluationReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private EvaluationReader() {}

    /**
     * @throws IllegalArgumentException naming the file and line when a line has no tab, has an
     *     unknown label or is not valid UTF-8
     */
    public static List<LabelledText> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<LabelledText> texts = new ArrayList<>();
        int lineNumber = 0;
        for (int start = 0, end; start < bytes.length; start = end + 1) {
            end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            String line = decode(decoder, bytes, start, end, file, lineNumber);
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            texts.add(parse(line, file, lineNumber));
        }
        return texts;
    }

    private static String decode(CharsetDecoder decoder, byte[] bytes, int start, int end,
            Path file, int lineNumber) {
        int length = end - start;
        if (length > 0 && bytes[end - 1] == '\r') {
            length--;
        }
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": not valid UTF-8", e);
        }
    }

    /** Parses one non-blank, non-comment line. */
    static LabelledText parse(String line, Path file, int lineNumber) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw new IllegalArgumentException(
                    file + ":" + lineNumber + ": expected label<TAB>text, found no tab");
        }
        String label = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
        if (!LabelledText.LABELS.contains(label)) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": unknown label \""
                    + line.substring(0, tab) + "\", expected positive, neutral or negative");
        }
        int end = line.indexOf('\t', tab + 1);
        String text = end < 0 ? line.substring(tab + 1) : line.substring(tab + 1, end);
        return new LabelledText(label, text, lineNumber);
    }
}
