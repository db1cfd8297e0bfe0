package io.cxpulse.retention;

import java.time.Duration;

/**
 * When a downgrade is news: plan changes are routine for some customers (the sample data has
 * customers who downgrade every few days and buy again in between) and rare for others, and only
 * a downgrade unusual for the customer's own history says it is contracting. A downgrade is
 * unusual when the customer had none within the memory ({@code retention.downgrade.memory})
 * before it, and the job knows the customer's history over that memory: it has seen it for at
 * least the memory, or saw its signup (its whole history). A customer at risk by downgrade
 * recovers once a full memory has passed without another downgrade: the contraction did not go
 * on, and it is back to its usual pattern. A purchase or renewal alone is no recovery, since
 * contracting customers go on paying for what they keep. Pure.
 */
final class Downgrades {
    private final long memory;

    Downgrades(Duration memory) {
        this.memory = memory.toMillis();
    }

    /** Whether a downgrade at the time is unusual for the customer (before it is recorded). */
    boolean unusual(CustomerState s, long t) {
        boolean known = (s.signedUpAt != CustomerState.NONE && s.signedUpAt <= t)
                || (s.firstSeen != CustomerState.NONE && t - s.firstSeen >= memory);
        return known && (s.lastDowngrade == CustomerState.NONE || t - s.lastDowngrade >= memory);
    }

    /** Whether a customer at risk by downgrade has gone a full memory without another. */
    boolean recovered(CustomerState s, long t) {
        return s.lastDowngrade == CustomerState.NONE || t - s.lastDowngrade >= memory;
    }

    /** Why a downgrade was unusual, in words, given the downgrade before it. */
    String why(CustomerState s, long previous, long t) {
        if (previous == CustomerState.NONE) {
            return s.signedUpAt != CustomerState.NONE && t - s.firstSeen < memory
                    ? "its first downgrade since it signed up " + Evidence.d(t - s.signedUpAt)
                            + " days ago"
                    : "its first downgrade in the " + Evidence.d(t - s.firstSeen)
                            + " days it has been seen";
        }
        return "its first downgrade in " + Evidence.d(t - previous) + " days, where its usual"
                + " plan changes come within " + Evidence.d(memory) + " days";
    }
}
