package io.cxpulse.jobs.kafka;

import io.cxpulse.jobs.JobConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs the job's Kafka user needs, and no more: Read on the input topics and on its consumer
 * group (offsets are committed at each checkpoint), Write on the output topics, and, with the
 * exactly-once sink, Write on the transactional ids that start with its prefix. Read and Write
 * imply Describe. No cluster permission: the alerts sink's idempotent producer is allowed by its
 * Write on a topic. docs/deploy.md lists the same bindings.
 */
public final class JobAcls {
    private JobAcls() {}

    /** @param principal the job's user, e.g. {@code User:cx-pulse} */
    public static List<AclBinding> bindings(JobConfig config, String principal) {
        List<AclBinding> acls = new ArrayList<>();
        for (String topic : TopicPlan.of(config).names()) {
            boolean input = config.inputTopics().containsValue(topic);
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL,
                    input ? AclOperation.READ : AclOperation.WRITE));
        }
        acls.add(allow(principal, ResourceType.GROUP, config.groupId(), PatternType.LITERAL,
                AclOperation.READ));
        if (config.exactlyOnce()) {
            acls.add(allow(principal, ResourceType.TRANSACTIONAL_ID, config.transactionalIdPrefix(),
                    PatternType.PREFIXED, AclOperation.WRITE));
        }
        return List.copyOf(acls);
    }

    private static AclBinding allow(String principal, ResourceType type, String name,
            PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }
}
