package io.cxpulse.functions;

import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InteractionEvent;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.SentimentScorer;
import io.cxpulse.serde.DeadLetters;
import io.cxpulse.serde.OutputJson;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The last step of every valid input record before the analysis: scores survey responses and
 * reviews and encodes them for the scored topic, then hands each kind on, scored feedback on
 * the main output, the others on side outputs, without the raw payload. A record whose scoring
 * or encoding throws becomes a dead letter with reason {@code processing_error} and its raw
 * payload, and reaches neither the scored topic nor the analysis; the job goes on. So does a
 * record whose encoding is larger than a Kafka producer sends, which would otherwise fail the
 * sink at every restart. Counts every record handed on as accepted (see {@link InputAccounting}).
 */
public class ScoreEvents extends ProcessFunction<Envelope, ScoredFeedback> {

    public static final OutputTag<ScoredReview> REVIEWS = new OutputTag<>("scored-reviews") {};
    public static final OutputTag<InteractionEvent> INTERACTIONS =
            new OutputTag<>("interactions") {};
    public static final OutputTag<AccountEvent> ACCOUNTS = new OutputTag<>("accounts") {};
    /** The scored topic's records, encoded. */
    public static final OutputTag<OutputRecord> SCORED = new OutputTag<>("scored-records") {};
    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("processing-dead-letters") {};

    static final String SCORING = "scoring";
    /**
     * Handing the record on: operators chained after this one run inside it, so their failure
     * on one record lands here too (after its scored record may have been written).
     */
    static final String ANALYSIS = "analysis";
    /** Room left in a Kafka request for the record's key, headers and framing. */
    static final int RECORD_OVERHEAD = 1024;

    private final UserLexicon userLexicon;
    private final String scoredTopic;
    private final long maxValueBytes;
    private transient SentimentScorer scorer;
    private transient OutputJson json;
    private transient InputAccounting accounting;

    /**
     * @param userLexicon the user's entries on top of the bundled lexicons, or null
     * @param scoredTopic the topic scored feedback and reviews are written to
     * @param maxRequestBytes the largest request the Kafka producer sends
     *     ({@code max.request.size}); encoded records must leave room for key and framing
     */
    public ScoreEvents(UserLexicon userLexicon, String scoredTopic, long maxRequestBytes) {
        this.userLexicon = userLexicon;
        this.scoredTopic = scoredTopic;
        this.maxValueBytes = maxRequestBytes - RECORD_OVERHEAD;
    }

    /** With the Kafka producer's default {@code max.request.size} of 1 MiB. */
    public ScoreEvents(UserLexicon userLexicon, String scoredTopic) {
        this(userLexicon, scoredTopic, DEFAULT_MAX_REQUEST_BYTES);
    }

    /** The Kafka producer's default {@code max.request.size}. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_048_576L;

    @Override
    public void open(OpenContext openContext) {
        scorer = scorer(userLexicon);
        json = new OutputJson();
        accounting = new InputAccounting(getRuntimeContext());
    }

    /** The scorer of comments and review texts. */
    protected SentimentScorer scorer(UserLexicon lexicon) {
        return SentimentFunction.scorer(lexicon);
    }

    @Override
    public void processElement(Envelope envelope, Context ctx, Collector<ScoredFeedback> out) {
        String stage = SCORING;
        try {
            switch (envelope.kind()) {
                case FEEDBACK -> {
                    ScoredFeedback scored = ScoreFeedback.score(scorer, envelope.feedback());
                    stage = encodingStage();
                    OutputRecord record = fitting(new OutputRecord(scoredTopic,
                            scored.event().eventId(), json.bytes(json.scoredFeedback(scored))));
                    stage = ANALYSIS;
                    ctx.output(SCORED, record);
                    out.collect(scored);
                }
                case REVIEWS -> {
                    ScoredReview scored = ScoreReview.score(scorer, envelope.review());
                    stage = encodingStage();
                    OutputRecord record = fitting(new OutputRecord(scoredTopic,
                            scored.event().eventId(), json.bytes(json.scoredReview(scored))));
                    stage = ANALYSIS;
                    ctx.output(SCORED, record);
                    ctx.output(REVIEWS, scored);
                }
                case INTERACTIONS -> {
                    stage = ANALYSIS;
                    ctx.output(INTERACTIONS, envelope.interaction());
                }
                case ACCOUNTS -> {
                    stage = ANALYSIS;
                    ctx.output(ACCOUNTS, envelope.account());
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            accounting.deadLettered(envelope, ParseError.PROCESSING_ERROR);
            ctx.output(DEAD_LETTERS, DeadLetters.processingError(envelope, stage, e,
                    System.currentTimeMillis()));
            return;
        }
        accounting.accepted(envelope);
    }

    private OutputRecord fitting(OutputRecord record) {
        if (record.value().length > maxValueBytes) {
            throw new IllegalArgumentException("the encoded record is " + record.value().length
                    + " bytes, more than the " + maxValueBytes + " that fit in a Kafka request of "
                    + (maxValueBytes + RECORD_OVERHEAD) + " bytes (max.request.size)");
        }
        return record;
    }

    private String encodingStage() {
        return "encoding for " + scoredTopic;
    }
}
