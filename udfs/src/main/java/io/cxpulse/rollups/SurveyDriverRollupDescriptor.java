package io.cxpulse.rollups;

import io.cxpulse.drivers.SurveyDriverTally;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.DriverRollup;
import io.cxpulse.sentiment.Sentiment;
import java.time.Duration;
import java.util.List;

/** Key drivers of survey responses: which complaints go with lower NPS. */
public final class SurveyDriverRollupDescriptor
        extends DriverRollupDescriptor<AccountedFeedback, SurveyDriverTally>
        implements OfSurveyResponses<SurveyDriverTally, DriverRollup> {

    public SurveyDriverRollupDescriptor(String topic, Duration window, List<String> dimensions,
            long minNegative) {
        super(topic, window, dimensions, minNegative);
    }

    @Override
    public String uid() {
        return "driver-rollup-survey";
    }

    @Override
    public String name() {
        return "Survey driver rollup";
    }

    @Override
    public String encoderUid() {
        return "encode-driver-rollups-survey";
    }

    @Override
    public Class<SurveyDriverTally> tallyType() {
        return SurveyDriverTally.class;
    }

    @Override
    public SurveyDriverTally empty() {
        return new SurveyDriverTally();
    }

    @Override
    public SurveyDriverTally tallyOf(AccountedFeedback record) {
        Sentiment sentiment = record.scored().sentiment();
        SurveyDriverTally one = new SurveyDriverTally();
        one.add(record.scored().event().nps(), sentiment != null,
                sentiment == null ? NO_ASPECTS : sentiment.aspects());
        return one;
    }

    @Override
    public void merge(SurveyDriverTally into, SurveyDriverTally other) {
        into.merge(other);
    }
}
