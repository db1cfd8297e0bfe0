package io.cxpulse.jobs.cli;

/** A wrong option or argument on the command line. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
