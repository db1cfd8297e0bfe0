package io.cxpulse.records;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Something a customer did, from {@code cx.interactions}.
 *
 * @param timestamp event time, epoch milliseconds
 * @param amount money spent, for purchases and renewals, or null
 */
public record InteractionEvent(
        String eventId,
        long timestamp,
        String customerId,
        String type,
        BigDecimal amount,
        String channel,
        String product) {

    public static final Set<String> TYPES =
            Set.of(
                    "signup",
                    "purchase",
                    "renewal",
                    "usage",
                    "support_ticket",
                    "downgrade",
                    "cancellation");
}
