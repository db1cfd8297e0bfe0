package io.cxpulse.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    /** ECMAScript's WhiteSpace and LineTerminator characters (ECMA-262, "\s"), written out. */
    private static final String ECMASCRIPT_SPACES = "\t\n\u000B\f\r \u00A0\u1680"
            + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
            + "\u2028\u2029\u202F\u205F\u3000\uFEFF";

    @Test
    void exactlyTheEcmaScriptWhitespaceCharactersAreSpaces() {
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean expected = ECMASCRIPT_SPACES.indexOf(c) >= 0;
            if (Whitespace.isSpace((char) c) != expected) {
                wrong.add(String.format("U+%04X", c));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noBreakSpacesAndByteOrderMarkAreBlankThoughJavaSaysOtherwise() {
        for (String text : List.of("\u00A0", "\u2007\u202F", "\uFEFF", " \u00A0\t")) {
            assertFalse(text.isBlank(), "Java's view differs, or this test proves nothing");
            assertTrue(Whitespace.isBlank(text), text);
        }
    }

    @Test
    void informationSeparatorsAreNotBlankThoughJavaSaysTheyAre() {
        assertTrue("\u001C\u001F".isBlank());
        assertFalse(Whitespace.isBlank("\u001C\u001F"));
    }

    @Test
    void emptyTextIsBlankAndOneVisibleCharacterIsNot() {
        assertTrue(Whitespace.isBlank(""));
        assertFalse(Whitespace.isBlank("\u00A0x\u00A0"));
        assertFalse(Whitespace.isBlank("\u200B"), "a zero-width space is not \\s");
        assertFalse(Whitespace.isBlank("\u0085"), "NEL is not \\s in ECMAScript");
    }
}
