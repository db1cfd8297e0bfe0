package io.cxpulse.sentiment;

import java.util.List;

/** The aspects a text can talk about, numbered in a fixed order for per-call arrays. */
public final class Aspects {

    public static final List<String> NAMES = List.of(AspectSentiment.PRICE, AspectSentiment.BILLING,
            AspectSentiment.DELIVERY, AspectSentiment.SUPPORT, AspectSentiment.STAFF,
            AspectSentiment.QUALITY, AspectSentiment.RELIABILITY, AspectSentiment.APP,
            AspectSentiment.INSTALLATION);

    public static final int COUNT = NAMES.size();

    static final List<String> INTENTS =
            List.of(Sentiment.CHURN, Sentiment.ESCALATION, Sentiment.REFUND);

    private Aspects() {}

    /** @return the aspect number, or -1 when the name is not an aspect */
    public static int idOf(String name) {
        return NAMES.indexOf(name);
    }

    /** @return the canonical intent name, or null when the name is not an intent */
    static String intentOf(String name) {
        int i = INTENTS.indexOf(name);
        return i < 0 ? null : INTENTS.get(i);
    }
}
