package io.cxpulse.nps;

/**
 * Running counts of one segment's NPS answers and comment sentiment. A public-field POJO so
 * that it can serve directly as a window accumulator.
 */
public class NpsTally {
    public String dimension;
    public String value;
    public long promoters;
    public long passives;
    public long detractors;
    public long comments;
    public double sentimentSum;

    public void add(int score, Double sentiment) {
        switch (NpsClass.of(score)) {
            case PROMOTER -> promoters++;
            case PASSIVE -> passives++;
            case DETRACTOR -> detractors++;
        }
        if (sentiment != null) {
            comments++;
            sentimentSum += sentiment;
        }
    }

    public NpsTally merge(NpsTally other) {
        if (dimension == null) {
            dimension = other.dimension;
            value = other.value;
        }
        promoters += other.promoters;
        passives += other.passives;
        detractors += other.detractors;
        comments += other.comments;
        sentimentSum += other.sentimentSum;
        return this;
    }

    public long responses() {
        return promoters + passives + detractors;
    }

    /** Mean comment sentiment, or null when no response had a comment. */
    public Double meanSentiment() {
        return comments == 0 ? null : sentimentSum / comments;
    }

    public NpsStatistics statistics() {
        return NpsStatistics.of(promoters, passives, detractors);
    }
}
