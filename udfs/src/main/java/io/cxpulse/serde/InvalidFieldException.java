package io.cxpulse.serde;

/**
 * A record breaks its contract: a field is missing or has a value the contract does not allow,
 * or the record as a whole is not UTF-8 JSON of an allowed size. Carries the dead letter's
 * error type and reason.
 */
final class InvalidFieldException extends Exception {
    private final String type;

    InvalidFieldException(String type, String reason) {
        super(reason, null, false, false);
        this.type = type;
    }

    String type() {
        return type;
    }
}
