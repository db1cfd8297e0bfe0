package io.cxpulse.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The alert rules whose subject is a customer (key account, escalation), run for one customer
 * on its {@link CustomerAlerts}: judging inputs, waking the rule when it asked to, resolving an
 * open alert when nothing fired for the rule's clear-after time, and letting a rule's state go
 * when it expires, its open alert resolved first, so no alert disappears with its state. All
 * times are event times. Inputs must come in event-time order, each after the deadlines before
 * it ({@link #advanceTo}); the Flink adapter guarantees both. Pure: no Flink, no clock.
 */
public final class CustomerRules {
    private final List<Part<?>> parts = new ArrayList<>(2);

    /**
     * @param keyAccount the key-account rule, or null when disabled
     * @param escalation the escalation rule, or null when disabled
     * @param cooldownMillis the shortest time between two updates of one alert
     */
    public CustomerRules(KeyAccountRule keyAccount, EscalationRule escalation,
            long cooldownMillis) {
        if (keyAccount != null) {
            parts.add(new Part<>(keyAccount, cooldownMillis) {
                @Override
                boolean judges(CustomerAlertInput in) {
                    return keyAccount.judges(in);
                }

                @Override
                KeyAccountState state(CustomerAlerts a) {
                    return a.keyAccount;
                }

                @Override
                void state(CustomerAlerts a, KeyAccountState s) {
                    a.keyAccount = s;
                }

                @Override
                RuleSlot slot(CustomerAlerts a) {
                    return a.keyAccountSlot;
                }
            });
        }
        if (escalation != null) {
            parts.add(new Part<>(escalation, cooldownMillis) {
                @Override
                boolean judges(CustomerAlertInput in) {
                    return escalation.judges(in);
                }

                @Override
                MatchCount state(CustomerAlerts a) {
                    return a.escalation;
                }

                @Override
                void state(CustomerAlerts a, MatchCount s) {
                    a.escalation = s;
                }

                @Override
                RuleSlot slot(CustomerAlerts a) {
                    return a.escalationSlot;
                }
            });
        }
    }

    /** Whether any rule here judges the input: only then is it worth building. */
    public boolean judgesAny(boolean keyAccount, boolean escalationIntent) {
        for (Part<?> p : parts) {
            if (p.rule instanceof KeyAccountRule ? keyAccount : escalationIntent) {
                return true;
            }
        }
        return false;
    }

    /** Whether any rule is on. */
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Judges an input of the customer with every rule that judges it. */
    public void observe(CustomerAlerts a, CustomerAlertInput in, Consumer<Alert> out) {
        for (Part<?> p : parts) {
            if (p.judges(in)) {
                p.observe(a, in, out);
            }
        }
    }

    /** The next time {@link #advanceTo} has something to do, or {@link Deadlines#NONE}. */
    public long nextDeadline(CustomerAlerts a) {
        long next = Deadlines.NONE;
        for (Part<?> p : parts) {
            next = Deadlines.earliest(next, p.nextDeadline(a));
        }
        return next;
    }

    /**
     * Applies every deadline at or before the time, each at its own: a wake-up the rule asked
     * for, then the resolution of an alert nothing fired for, then the state's expiry.
     *
     * @param customerId the subject, for the rules' messages
     */
    public void advanceTo(CustomerAlerts a, String customerId, long time, Consumer<Alert> out) {
        for (Part<?> p : parts) {
            p.advanceTo(a, customerId, time, out);
        }
    }

    /** One rule on its fields of {@link CustomerAlerts}. */
    private abstract static class Part<S> {
        final AlertRule<CustomerAlertInput, S> rule;
        final AlertLifecycle lifecycle;

        Part(AlertRule<CustomerAlertInput, S> rule, long cooldownMillis) {
            this.rule = rule;
            this.lifecycle = new AlertLifecycle(rule.name(), cooldownMillis,
                    rule.clearAfterMillis());
        }

        abstract boolean judges(CustomerAlertInput in);

        abstract S state(CustomerAlerts a);

        abstract void state(CustomerAlerts a, S s);

        abstract RuleSlot slot(CustomerAlerts a);

        void observe(CustomerAlerts a, CustomerAlertInput in, Consumer<Alert> out) {
            S s = state(a);
            if (s == null) {
                s = rule.newState();
                state(a, s);
            }
            verdict(a, rule.observe(s, in), out);
            touch(a, rule.timeOf(in));
        }

        long nextDeadline(CustomerAlerts a) {
            RuleSlot slot = slot(a);
            S s = state(a);
            long next = slot.expires;
            if (s != null) {
                next = Deadlines.earliest(next, rule.wakeAt(s));
            }
            if (slot.alert != null && slot.alert.open) {
                next = Deadlines.earliest(next, lifecycle.resolveAt(slot.alert));
            }
            return next;
        }

        void advanceTo(CustomerAlerts a, String customerId, long time, Consumer<Alert> out) {
            S s = state(a);
            long wake = s == null ? Deadlines.NONE : rule.wakeAt(s);
            if (wake != Deadlines.NONE && wake <= time) {
                verdict(a, rule.onWake(s, customerId, wake), out);
                touch(a, wake);
            }
            RuleSlot slot = slot(a);
            if (slot.alert != null && lifecycle.resolveAt(slot.alert) <= time) {
                emit(lifecycle.onTime(slot.alert, lifecycle.resolveAt(slot.alert)), out);
                slot.alert = slot.alert.open ? slot.alert : null;
            }
            if (slot.expires != Deadlines.NONE && slot.expires <= time) {
                if (slot.alert != null) {
                    // resolves first, never found open: an open alert outlives no state
                    emit(lifecycle.onVerdict(slot.alert, Verdict.clear(slot.expires)), out);
                }
                state(a, null);
                slot.alert = null;
                slot.expires = Deadlines.NONE;
            }
        }

        /** A verdict on the slot's alert: opens, updates or resolves it. */
        private void verdict(CustomerAlerts a, Verdict v, Consumer<Alert> out) {
            if (Verdict.NONE.equals(v.state())) {
                return;
            }
            RuleSlot slot = slot(a);
            if (slot.alert == null) {
                if (!v.firing()) {
                    return;
                }
                slot.alert = new Episode();
            }
            emit(lifecycle.onVerdict(slot.alert, v), out);
            if (!slot.alert.open) {
                slot.alert = null;
            }
        }

        /** The state was written at the time: it lives on for the rule's state TTL. */
        private void touch(CustomerAlerts a, long time) {
            RuleSlot slot = slot(a);
            slot.expires = Math.max(slot.expires, time + rule.stateTtlMillis());
        }

        private static void emit(Alert alert, Consumer<Alert> out) {
            if (alert != null) {
                out.accept(alert);
            }
        }
    }
}
