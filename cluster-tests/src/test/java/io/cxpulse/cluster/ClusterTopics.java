package io.cxpulse.cluster;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** The twelve topics of docs/topics.md, two partitions each, on a single broker. */
final class ClusterTopics {
    static final List<String> INPUTS = List.of("cx.feedback", "cx.reviews", "cx.interactions", "cx.accounts");
    static final List<String> OUTPUTS = List.of("cx.scored", "cx.rollups.nps", "cx.rollups.reviews",
            "cx.rollups.drivers", "cx.customer-signals", "cx.rollups.retention", "cx.alerts",
            "cx.deadletter");
    static final int PARTITIONS = 2;

    private ClusterTopics() {}

    static void create(Properties admin) throws Exception {
        try (Admin client = Admin.create(admin)) {
            List<NewTopic> topics = new java.util.ArrayList<>();
            for (String topic : INPUTS) {
                topics.add(new NewTopic(topic, PARTITIONS, (short) 1)
                        .configs(Map.of("max.message.bytes", String.valueOf(KafkaBroker.MAX_MESSAGE_BYTES))));
            }
            for (String topic : OUTPUTS) {
                topics.add(new NewTopic(topic, PARTITIONS, (short) 1));
            }
            client.createTopics(topics).all().get();
        }
    }
}
