package io.cxpulse.alerts;

import io.cxpulse.records.NpsRollup;

/**
 * What the NPS-drop rule judges: a segment's window, and the same window of all responses
 * ({@code overall=all}) to tell a drop of its own from its share of a drop everywhere; null for
 * the overall segment itself, or when the job does not roll up {@code overall}.
 */
public record NpsDropInput(NpsRollup rollup, NpsRollup overall) {}
