package io.cxpulse.alerts;

/**
 * What a counting rule learns about one subject at one time: matches (a negative review, a
 * complaint about an aspect) and records seen (the subject's exposure, matching or not), so that
 * its baseline counts the hours in which records came and none matched.
 *
 * @param key the subject key the engine groups by, e.g. {@code google|all}
 * @param time event time, epoch ms
 * @param evidence the text behind a match, or null
 * @param matches matches at this time: 1 for one matching record, 0 for an exposure
 * @param records records of the subject seen at this time, matching or not
 * @param parentShare the share of matching records of the subject's parent (the source across
 *     products, the aspect across products, everything) as the sender saw it, or NaN
 * @param parentSince event time of the first record of that parent the sender saw, or
 *     {@link Long#MAX_VALUE}
 */
public record CountObservation(String key, Subject subject, long time, Evidence evidence,
        int matches, int records, double parentShare, long parentSince) {

    /** One matching record. */
    public static CountObservation match(String key, Subject subject, long time, Evidence evidence) {
        return new CountObservation(key, subject, time, evidence, 1, 0, Double.NaN, Long.MAX_VALUE);
    }

    /** Records of a subject seen in one step, with its parent's share of matches and age. */
    public static CountObservation exposure(String key, Subject subject, long time, int records,
            double parentShare, long parentSince) {
        return new CountObservation(key, subject, time, null, 0, records, parentShare,
                parentSince);
    }
}
