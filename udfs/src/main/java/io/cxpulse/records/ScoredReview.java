package io.cxpulse.records;

import io.cxpulse.sentiment.Sentiment;

/** A public review with the sentiment of its text. */
public record ScoredReview(ReviewEvent event, Sentiment sentiment) {}
