package io.cxpulse.records;

/**
 * One row of a driver table: how one aspect, as customers write about it, goes with their
 * scores. For survey rollups the outcome is the NPS (-100..100) of a group of responses; for
 * review rollups it is the mean star rating (1..5) of a group of reviews.
 *
 * @param rank 1 for the aspect that costs most ({@link #pointsLost()}), or that every record
 *     criticises ({@link #criticisedByAll()}); low-sample aspects rank after the others
 * @param mentions responses (or reviews) whose text mentions the aspect
 * @param promoterMentions of those, promoters (survey only, else 0)
 * @param passiveMentions of those, passives (survey only, else 0)
 * @param detractorMentions of those, detractors (survey only, else 0)
 * @param meanSentiment mean aspect sentiment -1..1 over the mentions
 * @param detractorShare detractor mentions / detractors with a comment; null without such
 *     detractors, and for reviews
 * @param negativeMentions mentions with aspect sentiment below -0.05
 * @param others responses (or reviews) that do not mention the aspect negatively
 * @param outcomeNegative NPS (or mean rating) of the negative mentions; null when there are none
 * @param outcomeOthers NPS (or mean rating) of the others; null when there are none
 * @param impact outcomeOthers - outcomeNegative: positive when the aspect costs NPS points (or
 *     stars); null when either group is empty
 * @param lowSample true when negative mentions are fewer than the configured minimum
 */
public record AspectDriver(
        String aspect,
        int rank,
        long mentions,
        long promoterMentions,
        long passiveMentions,
        long detractorMentions,
        double meanSentiment,
        Double detractorShare,
        long negativeMentions,
        long others,
        Double outcomeNegative,
        Double outcomeOthers,
        Double impact,
        boolean lowSample) {

    /**
     * How much the whole group's outcome loses to this aspect: impact times the share of the
     * group that complains about it, which is how far the group's NPS (or mean rating) would rise
     * if those who complain fared like the others. A common complaint with a moderate impact
     * costs more than a rare one with a large impact. Null when impact is.
     */
    public Double pointsLost() {
        long total = negativeMentions + others;
        return impact == null || total == 0 ? null : impact * negativeMentions / total;
    }

    /**
     * Whether every record of the segment criticises the aspect: then nobody is left to compare
     * with, {@link #outcomeOthers()}, {@link #impact()} and {@link #pointsLost()} are null, and
     * the ranking puts the aspect first in its group ({@code DriverRanking}).
     */
    public boolean criticisedByAll() {
        return negativeMentions > 0 && others == 0;
    }

    public AspectDriver withRank(int newRank) {
        return new AspectDriver(aspect, newRank, mentions, promoterMentions, passiveMentions,
                detractorMentions, meanSentiment, detractorShare, negativeMentions, others,
                outcomeNegative, outcomeOthers, impact, lowSample);
    }
}
