package io.cxpulse.jobs.kafka;

import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the job's Kafka clients say they are, for messages: the user and mechanism of a SASL
 * login and the security protocol, read from the {@code kafka.*} properties. Never a secret.
 */
final class ClientIdentity {
    private static final Pattern USER = Pattern.compile("(?:username|principal)\\s*=\\s*\"([^\"]*)\"");

    private ClientIdentity() {}

    static String describe(Properties client) {
        String protocol = client.getProperty("security.protocol", "PLAINTEXT");
        if (!protocol.startsWith("SASL")) {
            return "over " + protocol;
        }
        String mechanism = client.getProperty("sasl.mechanism", "GSSAPI");
        Matcher user = USER.matcher(client.getProperty("sasl.jaas.config", ""));
        return (user.find() ? "user \"" + user.group(1) + "\"" : "an unnamed user")
                + " with SASL mechanism " + mechanism + " over " + protocol;
    }
}
