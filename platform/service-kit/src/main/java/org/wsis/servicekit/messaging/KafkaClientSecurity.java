package org.wsis.servicekit.messaging;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the platform's Kafka clients encrypt and authenticate, from one set of environment variables, the
 * same for every client: the binder's consumers, producers and topic provisioning (through
 * {@code spring.kafka.properties.*}, which the binder merges into each), and the dead-letter replay tool.
 *
 * <ul>
 *   <li>{@code KAFKA_SECURITY_PROTOCOL}: {@code PLAINTEXT} (default), {@code SSL}, {@code SASL_PLAINTEXT}
 *       or {@code SASL_SSL};
 *   <li>{@code KAFKA_SASL_MECHANISM}: {@code SCRAM-SHA-512} (default), {@code SCRAM-SHA-256} or
 *       {@code PLAIN}, with {@code KAFKA_USERNAME} and {@code KAFKA_PASSWORD};
 *   <li>{@code KAFKA_TLS_CA_FILE}: a PEM file of the certificate authority that signed the brokers'
 *       certificates, when it is not one the JVM trusts already.
 * </ul>
 */
public record KafkaClientSecurity(
        String protocol,
        String mechanism,
        @Nullable String username,
        @Nullable String password,
        @Nullable String caFile) {

    private static final Set<String> PROTOCOLS = Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
    private static final Map<String, String> LOGIN_MODULES = Map.of(
            "PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule",
            "SCRAM-SHA-256", "org.apache.kafka.common.security.scram.ScramLoginModule",
            "SCRAM-SHA-512", "org.apache.kafka.common.security.scram.ScramLoginModule");

    /** Reads the variables through {@code variables} (the process environment, or Spring's environment). */
    public static KafkaClientSecurity from(Function<String, @Nullable String> variables) {
        String protocol = orDefault(variables.apply("KAFKA_SECURITY_PROTOCOL"), "PLAINTEXT")
                .toUpperCase(Locale.ROOT);
        if (!PROTOCOLS.contains(protocol)) {
            throw new IllegalStateException("KAFKA_SECURITY_PROTOCOL is '" + protocol
                    + "'; it must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.");
        }
        String mechanism = orDefault(variables.apply("KAFKA_SASL_MECHANISM"), "SCRAM-SHA-512")
                .toUpperCase(Locale.ROOT);
        KafkaClientSecurity security = new KafkaClientSecurity(
                protocol,
                mechanism,
                blankToNull(variables.apply("KAFKA_USERNAME")),
                blankToNull(variables.apply("KAFKA_PASSWORD")),
                blankToNull(variables.apply("KAFKA_TLS_CA_FILE")));
        if (security.sasl()) {
            if (!LOGIN_MODULES.containsKey(mechanism)) {
                throw new IllegalStateException("KAFKA_SASL_MECHANISM is '" + mechanism
                        + "'; it must be SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN.");
            }
            if (security.username() == null || security.password() == null) {
                throw new IllegalStateException(
                        "KAFKA_SECURITY_PROTOCOL is " + protocol + ": set KAFKA_USERNAME and KAFKA_PASSWORD too.");
            }
        }
        return security;
    }

    public boolean sasl() {
        return protocol.startsWith("SASL_");
    }

    public boolean tls() {
        return protocol.endsWith("SSL");
    }

    /** The Kafka client settings these variables stand for; none for plain text without a password. */
    public Map<String, String> clientProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (protocol.equals("PLAINTEXT")) {
            return properties;
        }
        properties.put("security.protocol", protocol);
        if (sasl()) {
            properties.put("sasl.mechanism", mechanism);
            properties.put(
                    "sasl.jaas.config",
                    LOGIN_MODULES.get(mechanism) + " required username=\"" + quoted(username) + "\" password=\""
                            + quoted(password) + "\";");
        }
        if (tls() && caFile != null) {
            properties.put("ssl.truststore.type", "PEM");
            properties.put("ssl.truststore.location", caFile);
        }
        return properties;
    }

    /** Never shows the password: this record may end up in a log line. */
    @Override
    public String toString() {
        return "KafkaClientSecurity[protocol=" + protocol + ", mechanism=" + mechanism + ", username=" + username
                + ", password=" + (password == null ? "none" : "(set)") + ", caFile=" + caFile + "]";
    }

    private static String quoted(@Nullable String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String orDefault(@Nullable String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
