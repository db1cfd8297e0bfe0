package io.cxpulse.alerts;

import java.util.Locale;

/**
 * Rule 5: any review or comment with escalation intent (lawyer, regulator, going public, going
 * over the agent's head), from any customer. One alert per customer; an anonymous review is its
 * own subject.
 */
public final class EscalationRule implements AlertRule<CustomerAlertInput, MatchCount> {
    private final EscalationSettings settings;

    public EscalationRule(EscalationSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return AlertSettings.ESCALATION;
    }

    public boolean judges(CustomerAlertInput in) {
        return in.hasIntent("escalation") && (in.customerId() != null || in.evidence() != null);
    }

    @Override
    public String keyOf(CustomerAlertInput in) {
        return in.customerId() != null ? in.customerId() : "review:" + in.evidence().eventId();
    }

    @Override
    public long timeOf(CustomerAlertInput in) {
        return in.time();
    }

    @Override
    public Class<MatchCount> stateClass() {
        return MatchCount.class;
    }

    @Override
    public MatchCount newState() {
        return new MatchCount();
    }

    @Override
    public long clearAfterMillis() {
        return settings.clearAfter().toMillis();
    }

    @Override
    public long stateTtlMillis() {
        return settings.clearAfter().toMillis() * 2;
    }

    @Override
    public Verdict observe(MatchCount s, CustomerAlertInput in) {
        s.matches++;
        Subject subject = in.customerId() != null
                ? new Subject(Subject.CUSTOMER, in.customerId(),
                        (in.keyAccount() ? "key account " : "customer ") + in.customerId(),
                        in.keyAccount())
                : new Subject(Subject.REVIEW, in.evidence().eventId(),
                        "the author of review " + in.evidence().eventId(), false);
        String where = in.signal().equals(CustomerAlertInput.REVIEW) ? "a public review"
                : "a survey comment";
        String message = String.format(Locale.ROOT,
                "%s%s threatens to escalate (lawyer, regulator or going public) in %s.",
                Character.toUpperCase(subject.name().charAt(0)), subject.name().substring(1), where);
        return new Verdict(Verdict.FIRING, in.time(), subject, settings.severity(),
                CountRuleSettings.label(settings.clearAfter()), in.time(), in.time() + 1,
                s.matches, null, null, message, in.evidence());
    }
}
