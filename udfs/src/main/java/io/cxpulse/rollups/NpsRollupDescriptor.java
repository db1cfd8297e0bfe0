package io.cxpulse.rollups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.nps.NpsStatistics;
import io.cxpulse.nps.NpsTally;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.NpsRollup;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Aspects;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.serde.OutputJson;
import java.time.Duration;
import java.util.List;

/**
 * {@code cx.rollups.nps}: NPS of survey responses with their accounts, per window size and
 * dimension, with the value-weighted NPS, the voice of the comments and the aspects detractors
 * mention most.
 *
 * @param minSample responses below which a rollup is flagged {@code low_sample}
 * @param topAspects how many of the detractors' most mentioned aspects a rollup lists
 */
public record NpsRollupDescriptor(String topic, List<Duration> windows, List<String> dimensions,
        long minSample, int topAspects)
        implements OfSurveyResponses<NpsTally, NpsRollup> {

    @Override
    public String uid() {
        return "nps-rollup";
    }

    @Override
    public String name() {
        return "NPS rollup";
    }

    @Override
    public String encoderUid() {
        return "encode-nps-rollups";
    }

    @Override
    public Class<NpsTally> tallyType() {
        return NpsTally.class;
    }

    @Override
    public Class<NpsRollup> rollupType() {
        return NpsRollup.class;
    }

    @Override
    public NpsTally empty() {
        return new NpsTally();
    }

    @Override
    public NpsTally tallyOf(AccountedFeedback record) {
        Sentiment sentiment = record.scored().sentiment();
        NpsTally one = new NpsTally();
        one.add(record.scored().event().nps(), sentiment == null ? null : sentiment.score(),
                record.weight(), sentiment != null && Sentiment.NEGATIVE.equals(sentiment.label()),
                sentiment == null ? 0 : aspectBits(sentiment.aspects()));
        return one;
    }

    private static int aspectBits(AspectSentiment[] aspects) {
        int bits = 0;
        for (AspectSentiment aspect : aspects) {
            int id = Aspects.idOf(aspect.aspect());
            bits |= id < 0 ? 0 : 1 << id;
        }
        return bits;
    }

    @Override
    public void merge(NpsTally into, NpsTally other) {
        into.merge(other);
    }

    @Override
    public NpsRollup rollup(NpsTally tally, String dimension, String value, String window,
            long start, long end, int revision) {
        NpsStatistics stats = tally.statistics();
        return new NpsRollup(window, start, end, dimension, value, stats.responses(),
                tally.promoters, tally.passives, tally.detractors, stats.nps(), stats.ciLow(),
                stats.ciHigh(), stats.marginOfError(), stats.responses() < minSample,
                tally.comments, tally.meanSentiment(), tally.negativeCommentShare(),
                tally.weightedNps(), tally.topDetractorAspects(topAspects), revision);
    }

    @Override
    public String key(NpsRollup rollup) {
        return rollup.key();
    }

    @Override
    public ObjectNode json(OutputJson json, NpsRollup rollup) {
        return json.npsRollup(rollup);
    }
}
