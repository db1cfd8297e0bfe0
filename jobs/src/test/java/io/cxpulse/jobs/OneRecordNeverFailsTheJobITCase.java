package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.functions.ScoreEvents;
import io.cxpulse.functions.UserLexicon;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.SentimentScorer;
import io.cxpulse.serde.EventParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a MiniCluster that fails the test at the first task failure: a record whose scoring throws,
 * one that cannot be encoded and one that breaks an operator chained after scoring are each
 * dead-lettered with their stage, and the job finishes with the others through.
 */
class OneRecordNeverFailsTheJobITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    /** 2026-03-01T10:15:00Z. */
    static final long T0 = 1_772_360_100_000L;

    /** The bundled scorer, except that it throws for the comment {@code boom}. */
    static final class ThrowingOnBoom extends ScoreEvents {
        ThrowingOnBoom() {
            super(null, "cx.scored");
        }

        @Override
        protected SentimentScorer scorer(UserLexicon lexicon) {
            return (text, language) -> {
                if (text.equals("boom")) {
                    throw new IllegalStateException("scorer broke");
                }
                return LexiconSentimentScorer.shared().score(text, language);
            };
        }
    }

    static Envelope parsed(long line, String id, String comment) {
        String json = "{\"event_id\":\"" + id + "\",\"timestamp\":1772360100000,"
                + "\"customer_id\":\"C1\",\"nps\":9,\"comment\":\"" + comment + "\"}";
        return new EventParser().parse(InputKind.FEEDBACK,
                SourcePosition.file("cx.feedback.jsonl", line), json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void failuresInScoringEncodingAndChainedAnalysisAreDeadLetteredAndTheJobFinishes()
            throws Exception {
        String deep = "[".repeat(1_200) + "]".repeat(1_200);
        Envelope unwritable = new Envelope(InputKind.FEEDBACK,
                SourcePosition.file("cx.feedback.jsonl", 3), "{}".getBytes(StandardCharsets.UTF_8),
                T0, new FeedbackEvent("fb-3", T0, "C1", 9, null, null, null, null, null, null, null,
                        "{\"x\":" + deep + "}"), null, null, null, null);
        List<Envelope> input = List.of(parsed(1, "fb-1", "great"), parsed(2, "fb-2", "boom"),
                unwritable, parsed(4, "fb-4", "fine"), parsed(5, "fb-5", "slow"));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        SingleOutputStreamOperator<ScoredFeedback> scored = env
                .fromData(input, TypeInformation.of(Envelope.class))
                .process(new ThrowingOnBoom());
        DataStream<String> analysed = scored
                .map(s -> {
                    if (s.event().eventId().equals("fb-4")) {
                        throw new IllegalArgumentException("analysis broke");
                    }
                    return "scored " + s.event().eventId();
                })
                .returns(Types.STRING);
        DataStream<String> dead = scored.getSideOutput(ScoreEvents.DEAD_LETTERS)
                .map(d -> "dead " + d.position() + " " + d.errorType() + " "
                        + d.reason().substring(0, d.reason().indexOf(" failed")))
                .returns(Types.STRING);

        List<String> results = new ArrayList<>();
        try (CloseableIterator<String> it = analysed.union(dead).executeAndCollect()) {
            it.forEachRemaining(results::add);
        }

        assertEquals(List.of(
                        "dead cx.feedback.jsonl:2 processing_error scoring",
                        "dead cx.feedback.jsonl:3 processing_error encoding for cx.scored",
                        "dead cx.feedback.jsonl:4 processing_error analysis",
                        "scored fb-1",
                        "scored fb-5"),
                results.stream().sorted().toList());
    }
}
