package io.cxpulse.functions;

import io.cxpulse.alerts.EscalationRule;
import io.cxpulse.alerts.KeyAccountRule;
import io.cxpulse.retention.RetentionSettings;
import java.io.Serializable;
import java.time.Duration;

/**
 * What the per-customer operator ({@link ProcessCustomers}) is told.
 *
 * @param accountTtl how long an account's history is kept without updates ({@code accounts.ttl})
 * @param allowedLateness how late an input may still come: account versions older than the
 *     watermark minus this, but for the one in force then, are forgotten
 * @param keyAccount the key-account rule, or null when disabled
 * @param escalation the escalation rule, or null when disabled
 * @param cooldown the shortest time between two updates of one alert
 * @param batch true in BATCH runs, where Flink ignores timers registered from a timer
 * @param horizon the newest event time of a bounded input: no deadline after it is applied;
 *     {@link Long#MAX_VALUE} for none (streaming)
 */
public record CustomerSettings(RetentionSettings retention, Duration accountTtl,
        Duration allowedLateness, KeyAccountRule keyAccount, EscalationRule escalation,
        Duration cooldown, boolean batch, long horizon) implements Serializable {}
