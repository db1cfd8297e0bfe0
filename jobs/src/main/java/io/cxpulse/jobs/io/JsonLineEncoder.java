package io.cxpulse.jobs.io;

import io.cxpulse.records.OutputRecord;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.flink.api.common.serialization.Encoder;

/** Writes an output record's JSON value as one line. */
public class JsonLineEncoder implements Encoder<OutputRecord> {

    @Override
    public void encode(OutputRecord record, OutputStream out) throws IOException {
        out.write(record.value());
        out.write('\n');
    }
}
