package io.cxpulse.alerts;

/**
 * The per-customer alert rules' memory of one customer ({@link CustomerRules}): each rule's
 * state, its open alert and when it expires. A public-field POJO kept in keyed state.
 */
public class CustomerAlerts {
    /** The key-account rule's state, or null. */
    public KeyAccountState keyAccount;
    public RuleSlot keyAccountSlot = new RuleSlot();
    /** The escalation rule's state, or null. */
    public MatchCount escalation;
    public RuleSlot escalationSlot = new RuleSlot();

    public CustomerAlerts() {}

    /** Nothing left to remember: the state can go. */
    public boolean isEmpty() {
        return keyAccount == null && keyAccountSlot.alert == null
                && escalation == null && escalationSlot.alert == null;
    }
}
