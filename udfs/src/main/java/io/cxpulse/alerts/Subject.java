package io.cxpulse.alerts;

/**
 * What an alert is about.
 *
 * @param kind {@code segment} (a source, product, channel...), {@code customer}, {@code review}
 *     (an anonymous review) or {@code rule} (a storm summary)
 * @param id stable identifier within the kind, e.g. {@code source=google/product=all} or
 *     {@code C0007}
 * @param name how a person calls it, e.g. {@code google reviews (all products)}
 * @param keyAccount true when the subject is a key account
 */
public record Subject(String kind, String id, String name, boolean keyAccount) {
    public static final String SEGMENT = "segment";
    public static final String CUSTOMER = "customer";
    public static final String REVIEW = "review";
    public static final String RULE = "rule";
}
