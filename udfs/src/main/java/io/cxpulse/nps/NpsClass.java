package io.cxpulse.nps;

/** The three answer groups of the Net Promoter question. */
public enum NpsClass {
    DETRACTOR,
    PASSIVE,
    PROMOTER;

    /** Promoters answer 9-10, passives 7-8, detractors 0-6. */
    public static NpsClass of(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("NPS answers are 0-10, got " + score);
        }
        if (score >= 9) {
            return PROMOTER;
        }
        return score >= 7 ? PASSIVE : DETRACTOR;
    }

    /** The lower-case name used in output records. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
