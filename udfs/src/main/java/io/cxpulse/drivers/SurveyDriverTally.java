package io.cxpulse.drivers;

import static io.cxpulse.drivers.DriverAspects.COUNT;
import static io.cxpulse.rollups.FixedPoint.addInto;

import io.cxpulse.nps.NpsClass;
import io.cxpulse.nps.NpsStatistics;
import io.cxpulse.records.AspectDriver;
import io.cxpulse.records.DriverRollup;
import io.cxpulse.rollups.FixedPoint;
import io.cxpulse.sentiment.AspectSentiment;
import java.util.ArrayList;
import java.util.List;

/**
 * Running counts of one segment's survey responses per NPS class and per aspect, one array slot
 * per aspect. Every response counts towards NPS; only responses with a comment count towards the
 * text measures. A public-field POJO so that it can serve directly as a window accumulator.
 */
public class SurveyDriverTally implements DriverTally {

    public long promoters;
    public long passives;
    public long detractors;
    public long comments;
    public long detractorComments;
    /** Responses mentioning each aspect, per class of the response. */
    public long[] promoterMentions = new long[COUNT];
    public long[] passiveMentions = new long[COUNT];
    public long[] detractorMentions = new long[COUNT];
    /** Responses mentioning each aspect negatively, per class of the response. */
    public long[] negativePromoters = new long[COUNT];
    public long[] negativePassives = new long[COUNT];
    public long[] negativeDetractors = new long[COUNT];
    /** Aspect sentiment in {@link FixedPoint} millionths, so that merging is exact. */
    public long[] sentimentSum = new long[COUNT];

    /** Adds one response; aspects of a response without a comment are ignored. */
    public void add(int nps, boolean hasComment, AspectSentiment[] aspects) {
        NpsClass npsClass = NpsClass.of(nps);
        switch (npsClass) {
            case PROMOTER -> promoters++;
            case PASSIVE -> passives++;
            case DETRACTOR -> detractors++;
        }
        if (!hasComment) {
            return;
        }
        comments++;
        if (npsClass == NpsClass.DETRACTOR) {
            detractorComments++;
        }
        long[] mentions = switch (npsClass) {
            case PROMOTER -> promoterMentions;
            case PASSIVE -> passiveMentions;
            case DETRACTOR -> detractorMentions;
        };
        long[] negative = switch (npsClass) {
            case PROMOTER -> negativePromoters;
            case PASSIVE -> negativePassives;
            case DETRACTOR -> negativeDetractors;
        };
        int seen = 0;
        for (AspectSentiment a : aspects) {
            int id = DriverAspects.idOf(a.aspect());
            if (id < 0 || (seen & (1 << id)) != 0) {
                continue;
            }
            seen |= 1 << id;
            mentions[id]++;
            sentimentSum[id] = Math.addExact(sentimentSum[id], FixedPoint.of(a.score()));
            if (DriverAspects.isNegative(a.score())) {
                negative[id]++;
            }
        }
    }

    public SurveyDriverTally merge(SurveyDriverTally other) {
        promoters += other.promoters;
        passives += other.passives;
        detractors += other.detractors;
        comments += other.comments;
        detractorComments += other.detractorComments;
        addInto(promoterMentions, other.promoterMentions);
        addInto(passiveMentions, other.passiveMentions);
        addInto(detractorMentions, other.detractorMentions);
        addInto(negativePromoters, other.negativePromoters);
        addInto(negativePassives, other.negativePassives);
        addInto(negativeDetractors, other.negativeDetractors);
        addInto(sentimentSum, other.sentimentSum);
        return this;
    }

    public long responses() {
        return promoters + passives + detractors;
    }

    /** One row per aspect mentioned at least once, unranked, in aspect order. */
    public List<AspectDriver> aspects(long minNegative) {
        List<AspectDriver> rows = new ArrayList<>();
        for (int id = 0; id < COUNT; id++) {
            long mentions = promoterMentions[id] + passiveMentions[id] + detractorMentions[id];
            if (mentions > 0) {
                rows.add(aspect(id, mentions, minNegative));
            }
        }
        return rows;
    }

    private AspectDriver aspect(int id, long mentions, long minNegative) {
        long np = negativePromoters[id];
        long na = negativePassives[id];
        long nd = negativeDetractors[id];
        long negative = np + na + nd;
        long others = responses() - negative;
        Double npsNegative = negative == 0 ? null : NpsStatistics.of(np, na, nd).nps();
        Double npsOthers = others == 0 ? null
                : NpsStatistics.of(promoters - np, passives - na, detractors - nd).nps();
        Double impact = npsNegative == null || npsOthers == null ? null : npsOthers - npsNegative;
        Double detractorShare = detractorComments == 0 ? null
                : (double) detractorMentions[id] / detractorComments;
        return new AspectDriver(DriverAspects.NAMES.get(id), 0, mentions, promoterMentions[id],
                passiveMentions[id], detractorMentions[id], FixedPoint.mean(sentimentSum[id], mentions),
                detractorShare, negative, others, npsNegative, npsOthers, impact,
                negative < minNegative);
    }

    @Override
    public DriverRollup rollup(String dimension, String value, String window, long windowStart,
            long windowEnd, long minNegative, int revision) {
        return new DriverRollup(window, windowStart, windowEnd, DriverRollup.SURVEY, dimension,
                value, responses(), comments, detractorComments,
                NpsStatistics.of(promoters, passives, detractors).nps(), null,
                DriverRanking.rank(aspects(minNegative).toArray(AspectDriver[]::new)), revision);
    }
}
