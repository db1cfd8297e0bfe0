package io.cxpulse.nps;

import io.cxpulse.records.AspectCount;
import io.cxpulse.rollups.FixedPoint;
import io.cxpulse.sentiment.Aspects;
import io.cxpulse.sentiment.Sentiment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Running counts of one segment's NPS answers, their value-weighted counterparts, and the voice
 * of their comments. A public-field POJO so that it can serve directly as a window accumulator.
 * Weights and sentiment are summed in {@link FixedPoint} millionths, so that merging is exact.
 */
public class NpsTally {

    public long promoters;
    public long passives;
    public long detractors;
    /** Weights in millionths: all responses', promoters', detractors'. */
    public long weight;
    public long weightedPromoters;
    public long weightedDetractors;
    public long comments;
    public long negativeComments;
    /** Comment sentiment in millionths. */
    public long sentimentSum;
    /** Detractor comments mentioning each aspect, indexed by {@code Aspects.NAMES}. */
    public long[] detractorAspects = new long[Aspects.COUNT];

    /** Adds a response of weight 1 whose comment mentions no aspect. */
    public void add(int score, Double sentiment) {
        add(score, sentiment, 1.0,
                sentiment != null && sentiment <= -Sentiment.LABEL_THRESHOLD, 0);
    }

    /**
     * Adds a response.
     *
     * @param sentiment the comment's score, or null without a comment
     * @param aspects bits of the aspects the comment mentions, numbered by {@code Aspects.NAMES}
     */
    public void add(int score, Double sentiment, double responseWeight, boolean negativeComment,
            int aspects) {
        long units = FixedPoint.of(responseWeight);
        long sentimentUnits = sentiment == null ? 0 : FixedPoint.of(sentiment);
        weight = Math.addExact(weight, units);
        switch (NpsClass.of(score)) {
            case PROMOTER -> {
                promoters++;
                weightedPromoters = Math.addExact(weightedPromoters, units);
            }
            case PASSIVE -> passives++;
            case DETRACTOR -> {
                detractors++;
                weightedDetractors = Math.addExact(weightedDetractors, units);
                for (int a = 0; a < detractorAspects.length; a++) {
                    detractorAspects[a] += (aspects >>> a) & 1;
                }
            }
        }
        if (sentiment != null) {
            comments++;
            sentimentSum = Math.addExact(sentimentSum, sentimentUnits);
            negativeComments += negativeComment ? 1 : 0;
        }
    }

    public NpsTally merge(NpsTally other) {
        promoters += other.promoters;
        passives += other.passives;
        detractors += other.detractors;
        weight = Math.addExact(weight, other.weight);
        weightedPromoters = Math.addExact(weightedPromoters, other.weightedPromoters);
        weightedDetractors = Math.addExact(weightedDetractors, other.weightedDetractors);
        comments += other.comments;
        negativeComments += other.negativeComments;
        sentimentSum = Math.addExact(sentimentSum, other.sentimentSum);
        FixedPoint.addInto(detractorAspects, other.detractorAspects);
        return this;
    }

    public long responses() {
        return promoters + passives + detractors;
    }

    /** Mean comment sentiment, or null when no response had a comment. */
    public Double meanSentiment() {
        return comments == 0 ? null : FixedPoint.mean(sentimentSum, comments);
    }

    /** Share of comments whose sentiment is negative, or null when there was no comment. */
    public Double negativeCommentShare() {
        return comments == 0 ? null : (double) negativeComments / comments;
    }

    /**
     * NPS with each response weighted by its account's value: one unhappy large customer weighs
     * what it is worth. 0 when the segment has no weight.
     */
    public double weightedNps() {
        return weight <= 0 ? 0.0
                : 100.0 * (double) (weightedPromoters - weightedDetractors) / weight;
    }

    /**
     * The aspects detractors' comments mention most, at most n, by count and then by name;
     * aspects no detractor mentions are left out.
     */
    public List<AspectCount> topDetractorAspects(int n) {
        List<AspectCount> counts = new ArrayList<>();
        for (int a = 0; a < detractorAspects.length; a++) {
            if (detractorAspects[a] > 0) {
                counts.add(new AspectCount(Aspects.NAMES.get(a), detractorAspects[a]));
            }
        }
        counts.sort(Comparator.comparingLong(AspectCount::count).reversed()
                .thenComparing(AspectCount::aspect));
        return List.copyOf(counts.subList(0, Math.min(n, counts.size())));
    }

    public NpsStatistics statistics() {
        return NpsStatistics.of(promoters, passives, detractors);
    }
}
