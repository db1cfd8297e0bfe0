package io.cxpulse.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void validMultiByteTextIsDecoded() {
        String text = "שלום café 👍";
        assertEquals(text, Utf8.decodeOrNull(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformedSequenceGivesNullInsteadOfReplacementChars() {
        assertNull(Utf8.decodeOrNull(new byte[] {(byte) 0xC3, (byte) 0x28}));
    }

    @Test
    void truncatedMultiByteSequenceGivesNull() {
        byte[] full = "é".getBytes(StandardCharsets.UTF_8);
        assertNull(Utf8.decodeOrNull(new byte[] {'a', full[0]}));
    }

    @Test
    void encodedSurrogateGivesNull() {
        // U+D800 in CESU-style three bytes is not valid UTF-8
        assertNull(Utf8.decodeOrNull(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
    }

    @Test
    void emptyBytesAreEmptyText() {
        assertEquals("", Utf8.decodeOrNull(new byte[0]));
    }
}
