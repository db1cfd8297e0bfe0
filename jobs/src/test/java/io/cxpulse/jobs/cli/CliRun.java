package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM and captures what it says on standard error. */
final class CliRun {
    private CliRun() {}

    /** Runs {@code args}, asserts the exit code and returns the error output. */
    static String expectingExit(int expected, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CxPulseCli.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(expected, code, message);
        return message;
    }
}
