package io.cxpulse.sentiment;

/**
 * What a text says about one aspect of the service.
 *
 * @param aspect one of {@code price}, {@code billing}, {@code delivery}, {@code support},
 *     {@code staff}, {@code quality}, {@code reliability}, {@code app}, {@code installation}
 * @param score sentiment of the opinion words near its mentions, normalized into -1..1; 0 when
 *     the aspect is mentioned without opinion
 * @param mentions how often the text mentions it
 */
public record AspectSentiment(String aspect, double score, int mentions) {

    public static final String PRICE = "price";
    public static final String BILLING = "billing";
    public static final String DELIVERY = "delivery";
    public static final String SUPPORT = "support";
    public static final String STAFF = "staff";
    public static final String QUALITY = "quality";
    public static final String RELIABILITY = "reliability";
    public static final String APP = "app";
    public static final String INSTALLATION = "installation";
}
