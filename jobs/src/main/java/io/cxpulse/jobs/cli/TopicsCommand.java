package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.ConfigLoader;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.kafka.KafkaPreflight;
import io.cxpulse.jobs.kafka.PlannedTopic;
import io.cxpulse.jobs.kafka.TopicPlan;
import io.cxpulse.jobs.kafka.TopicSetup;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;

/**
 * {@code cx-pulse topics --create | --check}: creates the job's missing topics, or checks that
 * every one exists with at least its planned partitions and its cleanup policy, naming each
 * difference. Existing topics are never altered. The plan is {@link TopicPlan}; the job's
 * settings ({@code --config}, {@code bootstrap.servers}, {@code topic.*}, {@code kafka.*}) name
 * the topics and reach the cluster.
 */
final class TopicsCommand {
    private static final Set<String> FLAGS = Set.of("create", "check");
    private static final Set<String> NAMED = Set.of("partitions", "replication.factor");
    private static final Set<String> OWN = Set.of("create", "check", "partitions", "replication.factor");

    private TopicsCommand() {}

    static int run(String[] args) throws Exception {
        Options options = Options.parse(args, FLAGS, NAMED, true);
        if (options.has("create") == options.has("check")) {
            throw new UsageException("give one of --create or --check");
        }
        JobConfig config = JobConfig.from(ConfigLoader.load(options.without(OWN)));
        TopicPlan plan = TopicPlan.of(config);
        if (options.has("partitions")) {
            plan = plan.withPartitions(whole(options.get("partitions", null), "partitions"));
        }
        Optional<Short> replication = options.has("replication.factor")
                ? Optional.of((short) whole(options.get("replication.factor", null), "replication.factor"))
                : Optional.empty();
        Optional<Admin> connected = KafkaPreflight.connect(config, System.err);
        if (connected.isEmpty()) {
            return 1;
        }
        try (Admin admin = connected.get()) {
            TopicSetup setup = new TopicSetup(admin);
            if (options.has("create")) {
                List<String> created = setup.createMissing(plan, replication);
                for (PlannedTopic topic : plan.topics()) {
                    System.out.println((created.contains(topic.name()) ? "created  " : "exists   ")
                            + topic.name());
                }
            }
            List<String> differences = setup.differences(plan);
            differences.forEach(d -> System.out.println("differs  " + d));
            if (!differences.isEmpty()) {
                System.err.println("cx-pulse topics: " + differences.size()
                        + " difference(s) from the plan in docs/deploy.md#topics");
                return 1;
            }
            System.out.println("All " + plan.topics().size() + " topics match the plan.");
            return 0;
        }
    }

    private static int whole(String text, String name) throws UsageException {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= Short.MAX_VALUE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a whole number from 1, got " + text);
    }
}
