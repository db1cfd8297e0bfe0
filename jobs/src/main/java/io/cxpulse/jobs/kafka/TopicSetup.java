package io.cxpulse.jobs.kafka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates and checks the topics of a {@link TopicPlan} through the Admin API. Existing topics are
 * never altered: a difference is reported for an operator to decide.
 */
public final class TopicSetup {
    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;

    public TopicSetup(Admin admin) {
        this.admin = admin;
    }

    /**
     * How the cluster's topics differ from the plan, one line per difference naming the topic:
     * missing, fewer partitions than planned, or another cleanup policy. Empty when they agree.
     */
    public List<String> differences(TopicPlan plan) throws Exception {
        Map<String, TopicDescription> existing = describe(plan.names());
        Map<String, String> policies = cleanupPolicies(existing.keySet());
        List<String> differences = new ArrayList<>();
        for (PlannedTopic topic : plan.topics()) {
            TopicDescription found = existing.get(topic.name());
            if (found == null) {
                differences.add(topic.name() + ": missing");
                continue;
            }
            int partitions = found.partitions().size();
            if (partitions < topic.partitions()) {
                differences.add(topic.name() + ": " + partitions + " partitions, the plan says at least "
                        + topic.partitions());
            }
            String policy = policies.get(topic.name());
            if (!samePolicy(policy, topic.cleanupPolicy())) {
                differences.add(topic.name() + ": cleanup.policy is " + policy + ", the plan says "
                        + topic.cleanupPolicy());
            }
        }
        return differences;
    }

    /**
     * Creates the planned topics that do not exist yet and returns their names; topics that
     * exist (also those created meanwhile by someone else) are left as they are.
     */
    public List<String> createMissing(TopicPlan plan, Optional<Short> replicationFactor)
            throws Exception {
        Map<String, TopicDescription> existing = describe(plan.names());
        List<PlannedTopic> missing = plan.topics().stream()
                .filter(t -> !existing.containsKey(t.name()))
                .toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        Map<String, KafkaFuture<Void>> results = admin.createTopics(
                missing.stream().map(t -> t.newTopic(replicationFactor)).toList()).values();
        List<String> created = new ArrayList<>();
        for (PlannedTopic topic : missing) {
            try {
                results.get(topic.name()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                created.add(topic.name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("could not create " + topic.name() + ": "
                            + e.getCause().getMessage(), e.getCause());
                }
            }
        }
        awaitVisible(created);
        return created;
    }

    /** Waits until the brokers' metadata knows the topics just created, as describing them needs. */
    private void awaitVisible(List<String> created) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (describe(created).size() < created.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("created topics not visible after "
                        + TIMEOUT_SECONDS + " s: " + created);
            }
            Thread.sleep(100);
        }
    }

    private Map<String, TopicDescription> describe(Collection<String> names) throws Exception {
        Map<String, TopicDescription> found = new LinkedHashMap<>();
        Map<String, KafkaFuture<TopicDescription>> results =
                admin.describeTopics(names).topicNameValues();
        for (String name : names) {
            try {
                found.put(name, results.get(name).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("could not describe " + name + ": "
                            + e.getCause().getMessage(), e.getCause());
                }
            }
        }
        return found;
    }

    private Map<String, String> cleanupPolicies(Collection<String> names) throws Exception {
        if (names.isEmpty()) {
            return Map.of();
        }
        List<ConfigResource> resources = names.stream()
                .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                .toList();
        Map<ConfigResource, Config> configs =
                admin.describeConfigs(resources).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, String> policies = new LinkedHashMap<>();
        configs.forEach((resource, config) -> {
            ConfigEntry entry = config.get("cleanup.policy");
            policies.put(resource.name(), entry == null ? "delete" : entry.value());
        });
        return policies;
    }

    /** {@code compact,delete} and {@code delete,compact} are one policy. */
    private static boolean samePolicy(String found, String planned) {
        return found != null && new TreeSet<>(Arrays.asList(found.split("\\s*,\\s*")))
                .equals(new TreeSet<>(Arrays.asList(planned.split("\\s*,\\s*"))));
    }
}
