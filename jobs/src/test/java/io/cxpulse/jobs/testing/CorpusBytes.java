package io.cxpulse.jobs.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Byte helpers for building corpus lines. */
final class CorpusBytes {
    /** Placed in a string value, then replaced by bytes JSON text cannot hold. */
    static final String MARK = "@@MARK@@";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CorpusBytes() {}

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The UTF-8 bytes of {@code text} with its single {@link #MARK} replaced by {@code insert}. */
    static byte[] splice(String text, byte[] insert) {
        int at = text.indexOf(MARK);
        if (at < 0 || text.indexOf(MARK, at + 1) >= 0) {
            throw new IllegalArgumentException("need exactly one mark in " + text);
        }
        return concat(utf8(text.substring(0, at)), insert, utf8(text.substring(at + MARK.length())));
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
