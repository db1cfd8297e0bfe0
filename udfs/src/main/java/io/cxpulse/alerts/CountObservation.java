package io.cxpulse.alerts;

/**
 * One match of a counting rule (a negative review, a complaint about an aspect) for one subject.
 *
 * @param key the subject key the engine groups by, e.g. {@code google|all}
 * @param time event time, epoch ms
 * @param evidence the text behind it, or null
 */
public record CountObservation(String key, Subject subject, long time, Evidence evidence) {}
