package io.cxpulse.jobs.testing;

import static io.cxpulse.jobs.testing.CorpusBytes.pick;
import static io.cxpulse.jobs.testing.CorpusBytes.utf8;

import io.cxpulse.jobs.testing.JsonText.Raw;
import io.cxpulse.records.InputKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Valid events whose text or extra fields are unusual: every one of them is accepted. */
final class TextHostility {
    private static final List<String> EMOJI = List.of("😀", "😡", "👍🏽", "👨‍👩‍👧‍👦", "🇮🇱", "❤️", "🔥",
            "💩", "🤬", "🙏🏿", "🏳️‍🌈", "✨", "😂");
    private static final List<String> BIDI = List.of("\u200F", "\u200E", "\u202B", "\u202E",
            "\u202C", "\u2066", "\u2067", "\u2069", "\u061C");
    private static final List<String> WORDS = List.of("billing", "support", "slow", "great",
            "חיוב", "כפול", "שירות", "מעולה", "lorem", "ipsum");

    private TextHostility() {}

    static CorpusLine make(HostileKind kind, InputKind topic, Random r, ValidEvents events) {
        Map<String, Object> e = events.next();
        String field = ValidEvents.textField(topic);
        switch (kind) {
            case LONG_STRING -> e.put(field, longText(20_000 + r.nextInt(130_000), r));
            case ESCAPED_CONTROL_CHARS -> e.put(field, pick(r, List.of(
                    "bell\u0007 and null\u0000 inside", "\u001b[31mred\u001b[0m alert",
                    "back\bspace form\ffeed", "tab\tand\u0001\u0002\u001f", "\u0000")));
            case EMOJI_FLOOD -> {
                StringBuilder text = new StringBuilder();
                for (int i = 100 + r.nextInt(3000); i > 0; i--) {
                    text.append(pick(r, EMOJI));
                }
                e.put(field, text.toString());
            }
            case BIDI_TEXT -> {
                e.put(field, pick(r, BIDI) + "החיוב כפול" + pick(r, BIDI) + " billing 2x "
                        + pick(r, BIDI) + "שירות גרוע" + pick(r, BIDI) + " 100₪" + pick(r, BIDI));
                if (e.containsKey("customer_id") && r.nextBoolean()) {
                    e.put("customer_id", "לקוח-" + r.nextInt(50) + "\u200F");
                }
            }
            case LONE_SURROGATE -> e.put(field, new Raw(pick(r, List.of("\"lone \\ud800 high\"",
                    "\"lone \\udfff low\"", "\"cut emoji \\ud83d\"", "\"\\udc00\\ud800 reversed\"",
                    "\"\\ud800\""))));
            case UNKNOWN_FIELDS -> {
                for (int i = 1 + r.nextInt(5); i > 0; i--) {
                    e.put("x_field_" + i, value(r, 1 + r.nextInt(30)));
                }
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return CorpusLine.accepted(kind.label(), utf8(JsonText.object(e)), EncodingHostility.id(e));
    }

    /** Words in English and Hebrew, at least {@code bytes} bytes of UTF-8. */
    static String longText(int bytes, Random r) {
        StringBuilder text = new StringBuilder(bytes);
        int size = 0;
        while (size < bytes) {
            String word = pick(r, WORDS) + ' ';
            text.append(word);
            size += word.getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString();
    }

    /** A value up to {@code depth} levels deep: objects, arrays, nulls, numbers, text. */
    private static Object value(Random r, int depth) {
        if (depth <= 1) {
            return switch (r.nextInt(5)) {
                case 0 -> null;
                case 1 -> r.nextBoolean();
                case 2 -> r.nextInt();
                case 3 -> new Raw("1.5e-3");
                default -> pick(r, WORDS);
            };
        }
        if (r.nextBoolean()) {
            List<Object> list = new ArrayList<>();
            for (int i = r.nextInt(4); i >= 0; i--) {
                list.add(value(r, i == 0 ? depth - 1 : 1));
            }
            return list;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("k", value(r, depth - 1));
        object.put("n", r.nextInt(100));
        return object;
    }
}
