package io.cxpulse.jobs.scenarios;

import io.cxpulse.records.InputKind;

/**
 * One raw input record of a generated history.
 *
 * @param eventTime its event time, epoch ms
 * @param key the Kafka key a producer would give it: the customer, or the event id of an
 *     anonymous review
 * @param json the record as written to its topic
 */
public record InputLine(InputKind kind, long eventTime, String key, String json) {}
