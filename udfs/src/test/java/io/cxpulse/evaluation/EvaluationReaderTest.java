package io.cxpulse.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationReaderTest {

    @TempDir
    Path dir;

    private Path write(String content) throws Exception {
        Path file = dir.resolve("gold.tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsLabelAndTextSkippingCommentsAndBlankLines() throws Exception {
        Path file = write("\uFEFF# label<TAB>text\n"
                + "positive\tGreat service\n"
                + "\n"
                + "   \n"
                + "NEGATIVE\tשירות גרוע\tplay_store\t1\r\n"
                + "neutral\t\n");

        List<LabelledText> texts = EvaluationReader.read(file);

        assertEquals(List.of(
                new LabelledText("positive", "Great service", 2),
                new LabelledText("negative", "שירות גרוע", 5),
                new LabelledText("neutral", "", 6)), texts);
    }

    @Test
    void lineWithoutTabNamesFileAndLine() throws Exception {
        Path file = write("positive\tfine\n# note\nnegative awful\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> EvaluationReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains("no tab"), e.getMessage());
    }

    @Test
    void unknownLabelNamesFileLineAndLabel() throws Exception {
        Path file = write("positive\tfine\npos\tgreat\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> EvaluationReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: unknown label \"pos\""), e.getMessage());
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheFile() throws Exception {
        Path file = dir.resolve("latin1.tsv");
        byte[] valid = "positive\tfine\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "negative\tcaf\u00e9 froid\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[valid.length + latin1.length];
        System.arraycopy(valid, 0, bytes, 0, valid.length);
        System.arraycopy(latin1, 0, bytes, valid.length, latin1.length);
        Files.write(file, bytes);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> EvaluationReader.read(file));
        assertEquals(file + ":2: not valid UTF-8", e.getMessage());
    }

    @Test
    void fileWithOnlyCommentsHasNoTexts() throws Exception {
        assertEquals(List.of(), EvaluationReader.read(write("# nothing yet\n\n")));
    }
}
