package io.cxpulse.jobs.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Messages name the Kafka user, mechanism and protocol, never a password. */
class ClientIdentityTest {

    @Test
    void aSaslLoginIsNamedByItsUserMechanismAndProtocol() {
        Properties client = new Properties();
        client.setProperty("security.protocol", "SASL_SSL");
        client.setProperty("sasl.mechanism", "SCRAM-SHA-512");
        client.setProperty("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule"
                + " required username=\"cx-pulse\" password=\"s3cret\";");
        client.setProperty("ssl.truststore.password", "also-secret");
        assertEquals("user \"cx-pulse\" with SASL mechanism SCRAM-SHA-512 over SASL_SSL",
                ClientIdentity.describe(client));
    }

    @Test
    void withoutSaslOnlyTheProtocolIsNamed() {
        assertEquals("over PLAINTEXT", ClientIdentity.describe(new Properties()));
        Properties tls = new Properties();
        tls.setProperty("security.protocol", "SSL");
        assertEquals("over SSL", ClientIdentity.describe(tls));
    }

    @Test
    void aKerberosLoginIsNamedByItsPrincipal() {
        Properties client = new Properties();
        client.setProperty("security.protocol", "SASL_PLAINTEXT");
        client.setProperty("sasl.jaas.config", "com.sun.security.auth.module.Krb5LoginModule required"
                + " useKeyTab=true keyTab=\"/etc/cx.keytab\" principal=\"cx-pulse@EXAMPLE.COM\";");
        assertEquals("user \"cx-pulse@EXAMPLE.COM\" with SASL mechanism GSSAPI over SASL_PLAINTEXT",
                ClientIdentity.describe(client));
    }
}
