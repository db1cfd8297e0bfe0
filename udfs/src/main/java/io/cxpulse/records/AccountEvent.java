package io.cxpulse.records;

import java.math.BigDecimal;

/**
 * The latest known state of a customer account, from the compacted {@code cx.accounts} topic.
 *
 * @param timestamp when the account record was updated, epoch milliseconds
 * @param tier {@code key}, {@code standard} or another tier name
 */
public record AccountEvent(
        String eventId,
        long timestamp,
        String customerId,
        String tier,
        BigDecimal annualValue,
        String name,
        String segment) {}
