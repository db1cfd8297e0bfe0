package io.cxpulse.records;

import io.cxpulse.sentiment.Sentiment;

/**
 * A survey response with its NPS class and, when it has a comment, the comment's sentiment.
 *
 * @param npsClass {@code promoter}, {@code passive} or {@code detractor}
 * @param sentiment null when the comment is missing or blank
 */
public record ScoredFeedback(FeedbackEvent event, String npsClass, Sentiment sentiment) {}
