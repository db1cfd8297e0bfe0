package io.cxpulse.serde;

/** A field is missing or has a value the contract does not allow. */
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
