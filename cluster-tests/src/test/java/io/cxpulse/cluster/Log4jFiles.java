package io.cxpulse.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Log4j 2 settings for a process of the cluster: INFO to standard output, which goes to its log. */
final class Log4jFiles {
    private Log4jFiles() {}

    static Path write(Path dir, String name) throws IOException {
        Path file = dir.resolve("log4j2-" + name + ".properties");
        Files.writeString(file, String.join("\n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.out.ref=out",
                "appender.out.type=Console",
                "appender.out.name=out",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=%d{HH:mm:ss,SSS} %-5p %c{1} - %m%n",
                // the job's operators register some metrics twice
                "logger.metrics.name=org.apache.flink.metrics",
                "logger.metrics.level=ERROR",
                "logger.runtimemetrics.name=org.apache.flink.runtime.metrics",
                "logger.runtimemetrics.level=ERROR",
                "logger.kafka.name=org.apache.kafka",
                "logger.kafka.level=WARN",
                ""), StandardCharsets.UTF_8);
        return file;
    }
}
