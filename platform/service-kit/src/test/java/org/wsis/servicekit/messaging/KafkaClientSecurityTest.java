package org.wsis.servicekit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientSecurityTest {

    @Test
    void withoutVariablesTheClientsSpeakPlainTextAsBefore() {
        assertThat(KafkaClientSecurity.from(Map.<String, String>of()::get).clientProperties())
                .isEmpty();
    }

    @Test
    void saslOverTlsWithScramAndAPrivateCertificateAuthority() {
        Map<String, String> variables = Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_USERNAME", "wsis-services",
                "KAFKA_PASSWORD", "pa\"ss\\word",
                "KAFKA_TLS_CA_FILE", "/etc/wsis/tls/kafka-ca.crt");

        assertThat(KafkaClientSecurity.from(variables::get).clientProperties())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "security.protocol", "SASL_SSL",
                        "sasl.mechanism", "SCRAM-SHA-512",
                        "sasl.jaas.config",
                                "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                        + " username=\"wsis-services\" password=\"pa\\\"ss\\\\word\";",
                        "ssl.truststore.type", "PEM",
                        "ssl.truststore.location", "/etc/wsis/tls/kafka-ca.crt"));
    }

    @Test
    void plainSaslAndTlsAlone() {
        assertThat(KafkaClientSecurity.from(Map.of(
                                "KAFKA_SECURITY_PROTOCOL", "sasl_plaintext",
                                "KAFKA_SASL_MECHANISM", "PLAIN",
                                "KAFKA_USERNAME", "u",
                                "KAFKA_PASSWORD", "p")::get)
                        .clientProperties())
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry(
                        "sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"p\";")
                .doesNotContainKey("ssl.truststore.location");
        assertThat(KafkaClientSecurity.from(Map.of("KAFKA_SECURITY_PROTOCOL", "SSL")::get)
                        .clientProperties())
                .isEqualTo(Map.of("security.protocol", "SSL"));
    }

    @Test
    void aMistakeInTheVariablesStopsTheServiceWithTheVariablesName() {
        assertThatThrownBy(() -> KafkaClientSecurity.from(Map.of("KAFKA_SECURITY_PROTOCOL", "TLS")::get))
                .hasMessageContaining("KAFKA_SECURITY_PROTOCOL is 'TLS'");
        assertThatThrownBy(() -> KafkaClientSecurity.from(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")::get))
                .hasMessageContaining("set KAFKA_USERNAME and KAFKA_PASSWORD");
        assertThatThrownBy(() -> KafkaClientSecurity.from(Map.of(
                        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                        "KAFKA_SASL_MECHANISM", "GSSAPI",
                        "KAFKA_USERNAME", "u",
                        "KAFKA_PASSWORD", "p")::get))
                .hasMessageContaining("KAFKA_SASL_MECHANISM is 'GSSAPI'");
    }

    @Test
    void thePasswordNeverShowsInALogLine() {
        KafkaClientSecurity security = KafkaClientSecurity.from(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_USERNAME", "u", "KAFKA_PASSWORD", "hunter2-long")::get);
        assertThat(security.toString()).doesNotContain("hunter2-long").contains("(set)");
    }
}
