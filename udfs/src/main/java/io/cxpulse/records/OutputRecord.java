package io.cxpulse.records;

/**
 * A record ready for an output topic: its Kafka key and JSON value, both UTF-8.
 *
 * @param topic the output topic's name
 */
public record OutputRecord(String topic, String key, byte[] value) {}
