package io.cxpulse.alerts;

/**
 * What one rule keeps for one customer besides its own state: the open alert, and when the
 * state expires in event time. A public-field POJO.
 */
public class RuleSlot {
    /** The subject's alert, open or not yet cleared; null when none. */
    public Episode alert;
    /**
     * When the rule's state expires, after its open alert resolved; {@link Deadlines#NONE} when
     * none.
     */
    public long expires = Deadlines.NONE;

    public RuleSlot() {}
}
