package io.cxpulse.serde;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.RetentionRollup;

/**
 * The JSON layout of {@code cx.rollups.retention}, field by field, as documented in
 * {@code docs/topics.md} and its JSON Schema. Rates to 4 decimals, money to 2.
 * Stateless; use as {@code EncodeOutput.Layout} via {@code RetentionRollupJson::retentionRollup}.
 */
public final class RetentionRollupJson {
    private RetentionRollupJson() {}

    public static ObjectNode retentionRollup(OutputJson json, RetentionRollup r) {
        ObjectNode node = json.rollup(r.window(), r.windowStart(), r.windowEnd(), r.dimension(),
                r.value());
        node.put("active", r.active());
        node.put("new", r.newCustomers());
        node.put("at_risk", r.atRisk());
        node.put("churned", r.churned());
        node.put("reactivated", r.reactivated());
        node.put("previous_active", r.previousActive());
        node.put("retained", r.retained());
        if (r.retentionRate() == null) {
            node.putNull("retention_rate");
        } else {
            node.put("retention_rate", OutputJson.round(r.retentionRate(), 4));
        }
        node.put("revenue", OutputJson.round(r.revenue(), 2));
        if (r.revenuePerActive() == null) {
            node.putNull("revenue_per_active");
        } else {
            node.put("revenue_per_active", OutputJson.round(r.revenuePerActive(), 2));
        }
        node.put("silent_churn_risk", r.silentChurnRisk());
        node.put("loyal_critics", r.loyalCritics());
        node.put("revision", r.revision());
        return node;
    }
}
