package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.InputKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigTest {

    @Test
    void defaultsMatchTheDocumentedContract() {
        JobConfig c = JobConfig.defaults();
        assertEquals("cx.feedback", c.inputTopics().get(InputKind.FEEDBACK));
        assertEquals("cx.accounts", c.inputTopics().get(InputKind.ACCOUNTS));
        assertEquals(List.of("cx.scored", "cx.rollups.nps", "cx.rollups.reviews",
                "cx.rollups.drivers", "cx.customer-signals", "cx.rollups.retention", "cx.alerts",
                "cx.deadletter"), c.outputTopics());
        assertEquals("cx.rollups.reviews", c.reviewRollupsTopic());
        assertEquals("cx.rollups.drivers", c.driverRollupsTopic());
        assertEquals(List.of("overall", "source", "product", "region"), c.reviewDimensions());
        assertEquals(Duration.ofDays(1), c.driversWindow());
        assertEquals(20, c.driversMinResponses());
        assertEquals(5, c.topN());
        assertEquals(Duration.ofDays(400), c.accountsTtl());
        assertEquals(List.of(Duration.ofHours(1), Duration.ofDays(1)), c.windows());
        assertEquals(List.of("overall", "channel", "product", "region"), c.dimensions());
        assertEquals(Duration.ofHours(1), c.allowedLateness());
        assertEquals(30, c.minSample());
        assertTrue(c.exactlyOnce());
        assertEquals(Duration.ofMinutes(5), c.outOfOrderness());
        assertEquals(Duration.ofSeconds(1), c.fastOutOfOrderness());
        assertEquals(Duration.ofSeconds(299), c.windowWatermarkDelay());
    }

    @Test
    void duplicatesAreRememberedForADayByDefaultAndZeroTurnsDeduplicationOff() {
        assertEquals(Duration.ofHours(24), JobConfig.defaults().dedupHorizon());
        assertEquals(Duration.ZERO, JobConfig.from(org.apache.flink.util.ParameterTool.fromArgs(
                new String[] {"--dedup.horizon", "0"})).dedupHorizon());
        assertEquals(Duration.ofHours(6), JobConfig.from(org.apache.flink.util.ParameterTool.fromArgs(
                new String[] {"--dedup.horizon", "6h"})).dedupHorizon());
        var bad = assertThrows(IllegalArgumentException.class, () -> JobConfig.from(
                org.apache.flink.util.ParameterTool.fromArgs(new String[] {"--dedup.horizon", "a day"})));
        assertTrue(bad.getMessage().startsWith("dedup.horizon"), bad.getMessage());
    }

    @Test
    void theFastOutOfOrdernessIsNeverLongerThanTheWindowsOne() {
        JobConfig c = JobConfig.from(org.apache.flink.util.ParameterTool.fromMap(java.util.Map.of(
                "out.of.orderness", "0s", "out.of.orderness.fast", "2s")));
        assertEquals(Duration.ZERO, c.fastOutOfOrderness());
        assertEquals(Duration.ZERO, c.windowWatermarkDelay());
        assertThrows(IllegalArgumentException.class, () -> JobConfig.from(
                org.apache.flink.util.ParameterTool.fromMap(java.util.Map.of(
                        "out.of.orderness.fast", "-1s"))));
    }

    @Test
    void fileSettingsAreOverriddenByArguments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("job.properties");
        Files.writeString(file, "bootstrap.servers=broker:9092\nwindows=15m\n"
                + "topic.feedback=surveys\nkafka.security.protocol=SASL_SSL\n"
                + "kafka.sasl.jaas.config=secret-value\n");
        JobConfig c = JobConfig.from(ConfigLoader.load(new String[] {
            "--config", file.toString(), "--windows", "1h,1d", "--dimensions", "overall,store"}));
        assertEquals("broker:9092", c.bootstrapServers());
        assertEquals("surveys", c.inputTopics().get(InputKind.FEEDBACK));
        assertEquals(List.of(Duration.ofHours(1), Duration.ofDays(1)), c.windows());
        assertEquals(List.of("overall", "store"), c.dimensions());
        assertEquals("SASL_SSL", c.kafkaProperties().getProperty("security.protocol"));
    }

    @Test
    void aBadUserLexiconStopsTheJobAtSubmissionNamingFileAndLine(@TempDir Path dir)
            throws Exception {
        Path lexicon = dir.resolve("words.tsv");
        Files.writeString(lexicon, "# our words\nsuperb\t3.5\nmeh\tnot-a-number\n");
        JobConfig c = JobConfig.from(org.apache.flink.util.ParameterTool.fromArgs(new String[] {
            "--sentiment.lexicon", lexicon.toString()}));
        var e = assertThrows(IllegalArgumentException.class, () -> CxPulseWorkflow.userLexicon(c));
        assertTrue(e.getMessage().contains("words.tsv line 3"), e.getMessage());
    }

    @Test
    void kafkaSecretsAreNeverPrinted() {
        JobConfig c = JobConfig.from(org.apache.flink.util.ParameterTool.fromArgs(new String[] {
            "--kafka.sasl.jaas.config", "password=hunter2"}));
        assertFalse(c.toString().contains("hunter2"), c.toString());
        assertTrue(c.toString().contains("sasl.jaas.config"), c.toString());
    }

    @Test
    void mistakesAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> ConfigLoader.load(
                new String[] {"--config", "/no/such/file.properties"}));
        var unknown = assertThrows(IllegalArgumentException.class, () -> JobConfig.from(
                org.apache.flink.util.ParameterTool.fromArgs(new String[] {"--windos", "1h"})));
        assertTrue(unknown.getMessage().contains("windos"));
        var dimension = assertThrows(IllegalArgumentException.class, () -> JobConfig.from(
                org.apache.flink.util.ParameterTool.fromArgs(new String[] {"--dimensions", "colour"})));
        assertTrue(dimension.getMessage().contains("colour"));
        var lateness = assertThrows(IllegalArgumentException.class, () -> JobConfig.from(
                org.apache.flink.util.ParameterTool.fromArgs(new String[] {"--allowed.lateness", "soon"})));
        assertTrue(lateness.getMessage().startsWith("allowed.lateness"));
    }

    @Test
    void newAnalyticsSettingsAreCheckedByName() throws Exception {
        JobConfig c = JobConfig.from(ConfigLoader.load(new String[] {
            "--dimensions", "overall,tier", "--review.dimensions", "source,store",
            "--drivers.window", "1h", "--drivers.min.responses", "5", "--top.n", "3"}));
        assertEquals(List.of("overall", "tier"), c.dimensions());
        assertEquals(List.of("source", "store"), c.reviewDimensions());
        assertEquals(Duration.ofHours(1), c.driversWindow());
        assertEquals(5, c.driversMinResponses());
        assertEquals(3, c.topN());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> JobConfig.from(ConfigLoader.load(
                        new String[] {"--review.dimensions", "channel"})));
        assertTrue(e.getMessage().startsWith("review.dimensions: unknown dimension \"channel\""),
                e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> JobConfig.from(ConfigLoader.load(new String[] {"--top.n", "0"})));
        assertEquals("top.n: must be at least 1, got 0", e.getMessage());
    }

    @Test
    void aBackfillCountsLateLinesUnlessAskedToDropThemAsStreamingDoes() throws Exception {
        JobConfig streaming = JobConfig.defaults();
        assertEquals(true, streaming.dropsLateEvents(), "a streaming run always drops late events");
        assertEquals(Long.MAX_VALUE, streaming.horizonOrNone());
        assertEquals(false, streaming.withInputHorizon(42).dropsLateEvents());
        assertEquals(42, streaming.withInputHorizon(42).horizonOrNone());
        JobConfig dropping = JobConfig.from(ConfigLoader.load(
                new String[] {"--backfill.lateness", "streaming"}));
        assertEquals(true, dropping.withInputHorizon(42).dropsLateEvents());
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> JobConfig.from(ConfigLoader.load(new String[] {"--backfill.lateness", "drop"})));
        assertEquals("backfill.lateness must be ignore or streaming, got drop", e.getMessage());
    }
}
