package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code score} cuts its input into texts, and what it says about bytes that are not UTF-8. */
class ScoreInputLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> score(byte[] input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCommand.score(new ByteArrayInputStream(input), out, "auto");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static List<JsonNode> score(String input) throws Exception {
        return score(input.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBareCarriageReturnStaysInItsLine() throws Exception {
        List<JsonNode> out = score("slow app\rgreat staff\n");
        assertEquals(1, out.size());
        assertEquals("slow app\rgreat staff", out.get(0).get("text").asText());
    }

    @Test
    void linesEndAtLineFeedOrCarriageReturnLineFeed() throws Exception {
        List<JsonNode> out = score("one\r\ntwo\nthree\r\n\r\nlast without end");
        assertEquals(List.of("one", "two", "three", "", "last without end"),
                out.stream().map(n -> n.get("text").asText()).toList());
    }

    @Test
    void invalidUtf8IsScoredWithReplacementsAndFlagged() throws Exception {
        byte[] input = {'b', 'a', 'd', ' ', (byte) 0xC3, (byte) 0x28, '\n', 'o', 'k', '\n'};
        List<JsonNode> out = score(input);
        assertEquals(2, out.size());
        assertEquals("bad \uFFFD(", out.get(0).get("text").asText());
        assertEquals("not_utf8: invalid bytes replaced", out.get(0).get("input_warning").asText());
        assertEquals("negative", out.get(0).get("label").asText());
        assertFalse(out.get(1).has("input_warning"), "valid lines carry no warning");
    }
}
