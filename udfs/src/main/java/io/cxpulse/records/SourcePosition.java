package io.cxpulse.records;

/**
 * Where an input record came from: a Kafka topic, partition and offset, or a file and line; for
 * a record the job derived or one an operator threw on, only the output topic or the operator.
 *
 * @param source topic name or file name
 * @param partition Kafka partition, or null for files
 * @param offset Kafka offset, or null for files
 * @param line 1-based line number in a file, or null for Kafka
 * @param recordTimestamp the Kafka record's own timestamp, or null
 */
public record SourcePosition(
        String source, Integer partition, Long offset, Long line, Long recordTimestamp) {

    public static SourcePosition kafka(String topic, int partition, long offset, long timestamp) {
        return new SourcePosition(topic, partition, offset, null, timestamp < 0 ? null : timestamp);
    }

    public static SourcePosition file(String file, long line) {
        return new SourcePosition(file, null, null, line, null);
    }

    /** The input split the record was read from: a topic partition, or a file. */
    public String splitId() {
        return partition == null ? source : source + "-" + partition;
    }

    /** {@code <file>:<line>}, {@code <topic>-<partition>@<offset>}, or the source alone. */
    @Override
    public String toString() {
        return line != null ? source + ":" + line
                : partition != null ? source + "-" + partition + "@" + offset : source;
    }
}
