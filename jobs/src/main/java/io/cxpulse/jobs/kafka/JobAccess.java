package io.cxpulse.jobs.kafka;

import io.cxpulse.jobs.JobConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What the job's Kafka user finds on the cluster, as far as the Admin API tells cheaply: which of
 * its topics are missing, and which of the permissions {@link JobAcls} lists are denied (Read or
 * Write on a topic, as the broker reports its authorized operations; Describe on the consumer
 * group and on the transactional ids, which the job's Read and Write imply).
 */
final class JobAccess {
    private static final long TIMEOUT_SECONDS = 5;

    /** @param denied each as "Operation on resource" */
    record Findings(List<String> missingTopics, List<String> denied) {
        boolean ok() {
            return missingTopics.isEmpty() && denied.isEmpty();
        }
    }

    private JobAccess() {}

    static Findings inspect(Admin admin, JobConfig config) throws Exception {
        List<String> missing = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        List<String> names = TopicPlan.of(config).names();
        Map<String, KafkaFuture<TopicDescription>> topics = admin.describeTopics(names,
                new DescribeTopicsOptions().includeAuthorizedOperations(true)).topicNameValues();
        for (String name : names) {
            AclOperation needed = config.inputTopics().containsValue(name)
                    ? AclOperation.READ : AclOperation.WRITE;
            try {
                Set<AclOperation> granted = topics.get(name).get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                        .authorizedOperations();
                if (granted != null && !granted.contains(needed) && !granted.contains(AclOperation.ALL)) {
                    denied.add(operation(needed) + " on topic " + name);
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    missing.add(name);
                } else if (e.getCause() instanceof TopicAuthorizationException) {
                    denied.add(operation(needed) + " on topic " + name);
                } else {
                    throw e;
                }
            }
        }
        try {
            admin.listConsumerGroupOffsets(config.groupId()).partitionsToOffsetAndMetadata()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupAuthorizationException)) {
                throw e;
            }
            denied.add("Read on consumer group " + config.groupId());
        }
        if (config.exactlyOnce()) {
            String someId = config.transactionalIdPrefix() + "-0-1";
            try {
                admin.describeTransactions(List.of(someId)).description(someId)
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TransactionalIdAuthorizationException) {
                    denied.add("Write on transactional ids prefixed " + config.transactionalIdPrefix());
                } else if (!(e.getCause() instanceof TransactionalIdNotFoundException)) {
                    throw e;
                }
            }
        }
        return new Findings(missing, denied);
    }

    private static String operation(AclOperation op) {
        return op == AclOperation.READ ? "Read" : "Write";
    }
}
