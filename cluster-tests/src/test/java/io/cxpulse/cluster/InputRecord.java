package io.cxpulse.cluster;

/**
 * One record the test writes to an input topic, and what the job should make of it.
 *
 * @param topic the input topic
 * @param partition the partition it is written to
 * @param key the record key, or null
 * @param value the record value, or null (a tombstone)
 * @param timestamp the Kafka record timestamp, or null for the producer's clock
 * @param kind what the record is: {@code valid}, {@code repeat}, a hostile kind of the corpus,
 *     or one of the Kafka-only kinds ({@code tombstone}, {@code null_value}, {@code empty_value})
 * @param eventId the event id of a valid event, else null: of the records sharing one, exactly
 *     one is accepted and the others are dead-lettered as {@code duplicate}
 * @param reason for a record that must be rejected, its dead letter's {@code error_type}, or
 *     {@code ""} when any reason but {@code duplicate} will do; null for a valid event
 * @param eventTime the event time of a valid event, epoch ms, else {@link Long#MIN_VALUE}
 */
record InputRecord(String topic, int partition, byte[] key, byte[] value, Long timestamp, String kind,
        String eventId, String reason, long eventTime) {

    /** The same record under a key: a compacted topic takes no record without one. */
    InputRecord keyed(byte[] newKey) {
        return new InputRecord(topic, partition, newKey, value, timestamp, kind, eventId, reason,
                eventTime);
    }

    boolean valid() {
        return eventId != null;
    }

    /** Whether it is anything but a plain valid event or a repeat of one. */
    boolean hostile() {
        return !kind.equals("valid") && !kind.equals("repeat") && !kind.equals("end");
    }

    /** Whether a backfill's JSONL file can hold it: a value without line breaks, not only Kafka's. */
    boolean fitsAFile() {
        return value != null && value.length > 0;
    }
}
