package io.cxpulse.jobs.testing;

import static io.cxpulse.jobs.testing.CorpusBytes.BOM;
import static io.cxpulse.jobs.testing.CorpusBytes.MARK;
import static io.cxpulse.jobs.testing.CorpusBytes.concat;
import static io.cxpulse.jobs.testing.CorpusBytes.pick;
import static io.cxpulse.jobs.testing.CorpusBytes.splice;
import static io.cxpulse.jobs.testing.CorpusBytes.utf8;

import io.cxpulse.records.InputKind;
import io.cxpulse.records.ParseError;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Lines whose bytes are the problem: encodings, byte order marks, NULs, control bytes, CRs. */
final class EncodingHostility {
    /** Byte sequences that are not UTF-8, none holding {@code \n}. */
    private static final List<byte[]> NOT_UTF8 = List.of(
            bytes(0xFF), bytes(0xFE), bytes(0xC3, 0x28), bytes(0xC0, 0xAF), bytes(0xE0, 0x80, 0xAF),
            bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0x80), bytes(0xBF),
            bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98), bytes(0x63, 0x61, 0x66, 0xE9),
            bytes(0xF8, 0x88, 0x80, 0x80, 0x80));

    private EncodingHostility() {}

    static CorpusLine make(HostileKind kind, InputKind topic, Random r, ValidEvents events) {
        String name = kind.label();
        return switch (kind) {
            case UTF16_LE -> CorpusLine.rejected(name,
                    asciiLine(topic, events).getBytes(StandardCharsets.UTF_16LE), ParseError.NOT_UTF8);
            case UTF16_BE -> CorpusLine.rejected(name,
                    asciiLine(topic, events).getBytes(StandardCharsets.UTF_16BE), ParseError.NOT_UTF8);
            case UTF32 -> CorpusLine.rejected(name, asciiLine(topic, events).getBytes(
                    Charset.forName(r.nextBoolean() ? "UTF-32BE" : "UTF-32LE")), ParseError.NOT_UTF8);
            case INVALID_UTF8 -> CorpusLine.rejected(name,
                    splice(marked(topic, events), pick(r, NOT_UTF8)), ParseError.NOT_UTF8);
            case NUL_FIRST_BYTE -> CorpusLine.rejected(name,
                    concat(bytes(0), utf8(JsonText.object(events.next()))), ParseError.NOT_UTF8);
            // a NUL inside is not JSON, and a sign of UTF-16: either reason will do
            case NUL_INSIDE -> CorpusLine.rejected(name, r.nextBoolean()
                    ? splice(marked(topic, events), bytes(0))
                    : concat(bytes('{', 0), utf8(JsonText.object(events.next()).substring(1))), null);
            case DOUBLE_BOM -> CorpusLine.rejected(name,
                    concat(BOM, BOM, utf8(JsonText.object(events.next()))), ParseError.INVALID_JSON);
            case LEADING_BOM -> {
                Map<String, Object> e = events.next();
                yield CorpusLine.accepted(name, concat(BOM, utf8(JsonText.object(e))), id(e));
            }
            case EMPTY_LINE -> new CorpusLine(name, r.nextBoolean() ? new byte[0] : bytes('\r'),
                    ExpectedOutcome.SKIPPED, null, null);
            // not empty to the file reader: invalid JSON today, maybe "empty" tomorrow
            case WHITESPACE_LINE -> CorpusLine.rejected(name,
                    utf8(pick(r, List.of(" ", "\t", "  \t  ", "\r\r", " \r", "\t\r", "   "))), null);
            case RAW_CONTROL_CHAR -> {
                // anything below 0x20 but \n, \r and NUL; tab is white space between tokens
                int c = 1 + r.nextInt(31);
                while (c == '\n' || c == '\r' || c == '\t') {
                    c = 1 + r.nextInt(31);
                }
                byte[] line = r.nextBoolean()
                        ? splice(marked(topic, events), bytes(c))
                        : concat(bytes('{', c), utf8(JsonText.object(events.next()).substring(1)));
                yield CorpusLine.rejected(name, line, ParseError.INVALID_JSON);
            }
            case CR_IN_STRING -> CorpusLine.rejected(name,
                    splice(marked(topic, events), bytes('\r')), ParseError.INVALID_JSON);
            case CR_BETWEEN_TOKENS -> {
                Map<String, Object> e = events.next();
                String separator = pick(r, List.of(",\r", "\r,", "\r,\r", ", \r ", ",\r\r"));
                yield CorpusLine.accepted(name, utf8(JsonText.object(e, separator)), id(e));
            }
            case CRLF_ENDING -> {
                Map<String, Object> e = events.next();
                yield CorpusLine.accepted(name, utf8(JsonText.object(e) + "\r"), id(e));
            }
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** A valid event in ASCII only, so that no other encoding of it holds a {@code \n} byte. */
    private static String asciiLine(InputKind topic, ValidEvents events) {
        Map<String, Object> e = events.next();
        e.put(ValidEvents.textField(topic), events.asciiText());
        return JsonText.object(e);
    }

    /** A valid event whose free-text field holds {@link CorpusBytes#MARK}. */
    static String marked(InputKind topic, ValidEvents events) {
        Map<String, Object> e = events.next();
        e.put(ValidEvents.textField(topic), "before " + MARK + " after");
        return JsonText.object(e);
    }

    static String id(Map<String, Object> event) {
        return (String) event.get("event_id");
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
