package io.cxpulse.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.util.ParameterTool;

/**
 * Reads job settings: an optional properties file given by {@code --config FILE}, overridden by
 * {@code --key value} arguments.
 */
public final class ConfigLoader {
    private ConfigLoader() {}

    public static ParameterTool load(String[] args) throws IOException {
        ParameterTool cli = ParameterTool.fromArgs(args);
        if (!cli.has("config")) {
            return cli;
        }
        Path file = Path.of(cli.get("config"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("config file not found: " + file);
        }
        return ParameterTool.fromPropertiesFile(file.toFile()).mergeWith(cli);
    }
}
