package io.cxpulse.jobs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** Reads rollups as an upserting dashboard does: the highest revision per key wins. */
public final class Rollups {
    private Rollups() {}

    /**
     * The latest revision of each rollup, by its topic's key: {@code
     * <window>|[<source_kind>|]<dimension>|<value>|<window_start>}.
     */
    public static Map<String, JsonNode> latestByKey(Iterable<JsonNode> rollups) {
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode r : rollups) {
            String kind = r.has("source_kind") ? r.path("source_kind").asText() + '|' : "";
            String key = r.path("window").asText() + '|' + kind + r.path("dimension").asText()
                    + '|' + r.path("value").asText() + '|' + r.path("window_start").asText();
            byKey.merge(key, r, (a, b) ->
                    b.path("revision").asInt() > a.path("revision").asInt() ? b : a);
        }
        return byKey;
    }
}
