package io.cxpulse.serde;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.CustomerSignal;

/**
 * The JSON layout of {@code cx.customer-signals}, field by field, as documented in
 * {@code docs/topics.md} and its JSON Schema: what happened at the top, the numbers
 * behind it under {@code evidence}. Money to 2 decimals, days and scores to 4. Stateless; use as
 * {@code EncodeOutput.Layout} via {@code CustomerSignalJson::customerSignal}.
 */
public final class CustomerSignalJson {
    private CustomerSignalJson() {}

    public static ObjectNode customerSignal(OutputJson json, CustomerSignal s) {
        ObjectNode node = json.createObject();
        node.put("customer_id", s.customerId());
        node.put("signal", s.signal());
        node.put("timestamp", Timestamps.format(s.timestamp()));
        node.put("reason", s.reason());
        node.put("key_account", s.keyAccount());
        node.put("status", s.status());
        text(node, "cause", s.cause());
        text(node, "tier", s.tier());
        ObjectNode e = node.putObject("evidence");
        number(e, "annual_value", s.annualValue(), 2);
        number(e, "days_since_last_activity", s.daysSinceLastActivity(), 4);
        number(e, "typical_gap_days", s.typicalGapDays(), 4);
        e.put("at_risk_after_days", OutputJson.round(s.atRiskAfterDays(), 4));
        e.put("purchases", s.purchases());
        e.put("purchase_value", OutputJson.round(s.purchaseValue(), 2));
        e.put("recent_purchases", s.recentPurchases());
        e.put("recent_spend", OutputJson.round(s.recentSpend(), 2));
        if (s.lastNps() == null) {
            e.putNull("last_nps");
        } else {
            e.put("last_nps", s.lastNps());
        }
        text(e, "last_nps_class", s.lastNpsClass());
        number(e, "last_sentiment", s.lastSentiment(), 4);
        e.put("churn_intent", s.churnIntent());
        e.put("open_tickets", s.openTickets());
        return node;
    }

    private static void text(ObjectNode node, String name, String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static void number(ObjectNode node, String name, Double value, int decimals) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, OutputJson.round(value, decimals));
        }
    }
}
