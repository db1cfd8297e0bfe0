package io.cxpulse.sentiment;

/** What a modifier word does to the sentiment words around it. */
enum ModifierRole {
    /** Flips and damps a sentiment word shortly after it: "not good". */
    NEGATOR,
    /**
     * Negates only an expectation shortly after it, and keeps its own sentiment: "stopped
     * working", "refused to help".
     */
    HALTER,
    /** Turns the praise of its text into blame and keeps its own sentiment: "great service 🙄". */
    IRONY,
    /** Scales the next sentiment word: "very good", "slightly slow". */
    BOOSTER,
    /** Scales the sentiment word right before it, or else the next one: "טוב מאוד", "מאוד טוב". */
    BOOSTER_EITHER_SIDE,
    /** Shifts weight from the clause before it to the clause after it: "good but slow". */
    CONTRAST;

    /** @return the role, or null when the name is not one */
    static ModifierRole parse(String name) {
        return switch (name) {
            case "negator" -> NEGATOR;
            case "halter" -> HALTER;
            case "irony" -> IRONY;
            case "booster" -> BOOSTER;
            case "booster-either-side" -> BOOSTER_EITHER_SIDE;
            case "contrast" -> CONTRAST;
            default -> null;
        };
    }

    /** Opens a negation scope: a negator or a halter. */
    boolean negates() {
        return this == NEGATOR || this == HALTER;
    }

    boolean boosts() {
        return this == BOOSTER || this == BOOSTER_EITHER_SIDE;
    }
}
