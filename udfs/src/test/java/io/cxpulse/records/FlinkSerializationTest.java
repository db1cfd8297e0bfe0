package io.cxpulse.records;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;

import io.cxpulse.nps.NpsTally;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import org.junit.jupiter.api.Test;

/**
 * Every type Flink moves between operators or keeps in state must use Flink's own POJO
 * serializer: a Kryo fallback is slow and breaks savepoint compatibility when a field changes.
 */
class FlinkSerializationTest {

    @Test
    void envelopeIsAPojo() {
        assertSerializedAsPojoWithoutKryo(Envelope.class);
    }

    @Test
    void feedbackEventIsAPojo() {
        assertSerializedAsPojoWithoutKryo(FeedbackEvent.class);
    }

    @Test
    void reviewEventIsAPojo() {
        assertSerializedAsPojoWithoutKryo(ReviewEvent.class);
    }

    @Test
    void interactionEventIsAPojo() {
        assertSerializedAsPojoWithoutKryo(InteractionEvent.class);
    }

    @Test
    void accountEventIsAPojo() {
        assertSerializedAsPojoWithoutKryo(AccountEvent.class);
    }

    @Test
    void deadLetterIsAPojo() {
        assertSerializedAsPojoWithoutKryo(DeadLetter.class);
    }

    @Test
    void sourcePositionIsAPojo() {
        assertSerializedAsPojoWithoutKryo(SourcePosition.class);
    }

    @Test
    void parseErrorIsAPojo() {
        assertSerializedAsPojoWithoutKryo(ParseError.class);
    }

    @Test
    void scoredFeedbackIsAPojo() {
        assertSerializedAsPojoWithoutKryo(ScoredFeedback.class);
    }

    @Test
    void scoredReviewIsAPojo() {
        assertSerializedAsPojoWithoutKryo(ScoredReview.class);
    }

    @Test
    void npsRollupIsAPojo() {
        assertSerializedAsPojoWithoutKryo(NpsRollup.class);
    }

    @Test
    void outputRecordIsAPojo() {
        assertSerializedAsPojoWithoutKryo(OutputRecord.class);
    }

    @Test
    void npsTallyWindowAccumulatorIsAPojo() {
        assertSerializedAsPojoWithoutKryo(NpsTally.class);
    }

    @Test
    void accountStateAndJoinedFeedbackArePojos() {
        assertSerializedAsPojoWithoutKryo(io.cxpulse.accounts.AccountHistory.class);
        assertSerializedAsPojoWithoutKryo(io.cxpulse.accounts.AccountVersion.class);
        assertSerializedAsPojoWithoutKryo(AccountedFeedback.class);
        assertSerializedAsPojoWithoutKryo(AccountedReview.class);
        assertSerializedAsPojoWithoutKryo(NpsRollup.class);
    }

    @Test
    void sentimentIsAPojo() {
        assertSerializedAsPojoWithoutKryo(Sentiment.class);
    }

    @Test
    void sentimentTermIsAPojo() {
        assertSerializedAsPojoWithoutKryo(SentimentTerm.class);
    }
}
