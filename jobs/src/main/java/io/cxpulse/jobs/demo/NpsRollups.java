package io.cxpulse.jobs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads NPS rollups as an upserting dashboard does: the highest revision per key wins. */
final class NpsRollups {
    private NpsRollups() {}

    static List<JsonNode> latest(List<JsonNode> rollups) {
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode r : rollups) {
            String key = r.path("window").asText() + '|' + r.path("dimension").asText() + '|'
                    + r.path("value").asText() + '|' + r.path("window_start").asText();
            byKey.merge(key, r, (a, b) ->
                    b.path("revision").asInt() > a.path("revision").asInt() ? b : a);
        }
        return new ArrayList<>(byKey.values());
    }
}
