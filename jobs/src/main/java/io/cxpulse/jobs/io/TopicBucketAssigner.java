package io.cxpulse.jobs.io;

import io.cxpulse.records.OutputRecord;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/** One output folder per topic, named after the topic. */
public class TopicBucketAssigner implements BucketAssigner<OutputRecord, String> {

    @Override
    public String getBucketId(OutputRecord record, Context context) {
        return record.topic();
    }

    @Override
    public SimpleVersionedSerializer<String> getSerializer() {
        return SimpleVersionedStringSerializer.INSTANCE;
    }
}
