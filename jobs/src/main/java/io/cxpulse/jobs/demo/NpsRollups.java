package io.cxpulse.jobs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** Reads NPS rollups as an upserting dashboard does: the highest revision per key wins. */
public final class NpsRollups {
    private NpsRollups() {}

    /** The latest revision of each rollup, by {@code <window>|<dimension>|<value>|<window_start>}. */
    public static Map<String, JsonNode> latestByKey(Iterable<JsonNode> rollups) {
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode r : rollups) {
            String key = r.path("window").asText() + '|' + r.path("dimension").asText() + '|'
                    + r.path("value").asText() + '|' + r.path("window_start").asText();
            byKey.merge(key, r, (a, b) ->
                    b.path("revision").asInt() > a.path("revision").asInt() ? b : a);
        }
        return byKey;
    }
}
