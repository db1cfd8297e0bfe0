package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CxPulseCliTest {

    @Test
    void unknownCommandIsAnErrorWithUsage() {
        String message = CliRun.expectingExit(2, "dmeo");
        assertTrue(message.contains("unknown command \"dmeo\""), message);
        assertTrue(message.contains("Usage: cx-pulse"), message);
    }

    @Test
    void noCommandPrintsUsageAndFails() {
        assertTrue(CliRun.expectingExit(2).contains("Commands:"));
    }

    @Test
    void backfillWithoutInputNamesTheMissingOption() {
        String message = CliRun.expectingExit(2, "backfill", "--output", "x");
        assertTrue(message.contains("option --input is required"), message);
    }

    @Test
    void unknownJobSettingIsRejected() {
        String message = CliRun.expectingExit(2, "backfill", "--input", ".", "--output", "target/x",
                "--windws", "1h");
        assertTrue(message.contains("unknown setting \"windws\""), message);
    }

    @Test
    void stopWithoutARunSaysSoAndFails() {
        String message = CliRun.expectingExit(2, "stop", "--checkpoint.dir", "target/no-run-state");
        assertTrue(message.contains("no cx-pulse run is using"), message);
        assertTrue(message.contains("no-run-state"), message);
    }

    @Test
    void runRefusesASavepointThatIsNotThere() {
        String message = CliRun.expectingExit(2, "run", "--checkpoint.dir", "target/no-run-state",
                "--from-savepoint", "target/no-such-savepoint");
        assertTrue(message.contains("no complete savepoint or checkpoint at target/no-such-savepoint"),
                message);
    }

    @Test
    void runRefusesToResumeFromADrainedSavepoint() throws Exception {
        Path state = Path.of("target", "drained-run-state").toAbsolutePath();
        RunTempFolder.delete(state);
        Path savepoint = state.resolve("cx-pulse").resolve("savepoints").resolve("savepoint-1");
        RetainedCheckpointsTest.checkpoint(savepoint, 7, 0);
        Files.createFile(savepoint.resolve(RetainedCheckpoints.DRAINED));
        String message = CliRun.expectingExit(2, "run", "--checkpoint.dir", state.toString());
        assertTrue(message.contains("last stopped with --drain"), message);
        assertTrue(message.contains("--from-savepoint " + savepoint), message);
    }

    @Test
    void scoreRejectsUnknownLanguageAndOption() {
        assertTrue(CliRun.expectingExit(2, "score", "--language", "fr").contains("auto, en or he"));
        assertTrue(CliRun.expectingExit(2, "score", "--lang", "en").contains("unknown option --lang"));
    }

    @Test
    void scoreRejectsAMissingLexiconFile() {
        assertTrue(CliRun.expectingExit(2, "score", "--lexicon", "no-such-lexicon.tsv")
                .contains("--lexicon file not found"));
    }

    @Test
    void scoreAnswersOneJsonLinePerInputLineInOrder() throws Exception {
        String input = "not good\nThe service was great\n\nלא רע\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCommand.score(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, "auto");

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode notGood = mapper.readTree(lines.get(0));
        assertEquals("not good", notGood.get("text").asText());
        assertEquals("negative", notGood.get("label").asText());
        assertTrue(notGood.get("score").asDouble() < 0);
        JsonNode term = notGood.get("terms").get(0);
        assertEquals("not good", term.get("term").asText());
        assertEquals(0, term.get("start").asInt());
        assertEquals(8, term.get("end").asInt());
        assertTrue(term.get("weight").asDouble() < 0);
        assertEquals("positive", mapper.readTree(lines.get(1)).get("label").asText());
        assertEquals("neutral", mapper.readTree(lines.get(2)).get("label").asText());
        JsonNode hebrew = mapper.readTree(lines.get(3));
        assertEquals("he", hebrew.get("language").asText());
        assertTrue(!hebrew.get("label").asText().equals("negative"), hebrew.toString());
    }
}
