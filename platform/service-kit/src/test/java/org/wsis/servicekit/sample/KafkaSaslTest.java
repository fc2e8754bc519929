package org.wsis.servicekit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.embedded.KraftBroker;
import org.wsis.embedded.Ports;
import org.wsis.servicekit.messaging.DeadLetterReplay;
import org.wsis.servicekit.messaging.KafkaClientSecurity;
import org.wsis.servicekit.outbox.AggregateDocuments;
import org.wsis.testkit.PlatformInfrastructure;

/**
 * A broker that lets in only clients signed in with SASL (PLAIN, over plain text: the in-process broker
 * has no certificates), and a service and the replay tool configured for it by the operators' variables
 * alone: the binder's producer, consumer and topic provisioning, and the tool, all sign in.
 */
class KafkaSaslTest {

    private static final String USER = "wsis-services";
    private static final String PASSWORD = "a-long-random-kafka-password";

    private static KraftBroker broker;
    private final PlatformInfrastructure infra = PlatformInfrastructure.shared();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KraftBroker.withSaslPlain(Files.createTempDirectory("kafka-sasl"), Ports.free(), USER, PASSWORD)
                .start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static Map<String, String> variables(String password) {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                broker.bootstrapServers(),
                "KAFKA_SECURITY_PROTOCOL",
                "SASL_PLAINTEXT",
                "KAFKA_SASL_MECHANISM",
                "PLAIN",
                "KAFKA_USERNAME",
                USER,
                "KAFKA_PASSWORD",
                password);
    }

    @Test
    void aServiceConfiguredByTheVariablesPublishesAndConsumesThroughTheSignedInBroker() {
        String id = "sasl-" + UUID.randomUUID();
        EntrySubmitted event = Samples.aSubmission(id);
        List<String> args = new java.util.ArrayList<>(List.of(
                "--spring.mongodb.uri=" + infra.mongoUri(),
                "--spring.mongodb.database=servicekit-sasl",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.issuerUri(),
                "--server.port=0",
                "--wsis.outbox.relay.poll-interval-ms=100",
                "--spring.cloud.stream.bindings.entryEvents-in-0.group=sasl-sample"));
        variables(PASSWORD).forEach((name, value) -> args.add("--" + name + "=" + value));

        try (ConfigurableApplicationContext service =
                new SpringApplicationBuilder(SampleApplication.class).run(args.toArray(String[]::new))) {
            service.getBean(AggregateDocuments.class)
                    .insert(SampleApplication.SAMPLES, id, new Document("status", "SUBMITTED"), List.of(event));
            MongoOperations mongo = service.getBean(MongoOperations.class);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Document applied = mongo.findById(id, Document.class, SampleApplication.APPLIED);
                assertThat(applied).isNotNull();
                assertThat(applied.getInteger("count")).isEqualTo(1);
            });
        }
    }

    @Test
    void theReplayToolSignsInWithTheSameVariablesAndIsTurnedAwayWithoutTheRightPassword() {
        park("wsis.prize.v1.dlq", UUID.randomUUID().toString());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String[] args = {"--dead-letter-topic", "wsis.prize.v1.dlq", "--dry-run"};

        int status = DeadLetterReplay.run(
                args, new PrintStream(printed, true, StandardCharsets.UTF_8), variables(PASSWORD)::get);

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Would replay 1 record(s)");
        assertThatThrownBy(() -> DeadLetterReplay.run(
                        args, new PrintStream(new ByteArrayOutputStream()), variables("a-wrong-password-here")::get))
                .hasMessageContaining("Authentication failed");
    }

    /** A record on a dead-letter topic, as the binder parks one. */
    private static void park(String topic, String eventId) {
        Properties config = new Properties();
        config.putAll(KafkaClientSecurity.from(variables(PASSWORD)::get).clientProperties());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, "key", "{}");
            Map<String, String> headers = new HashMap<>(Map.of(
                    "ce_id", eventId,
                    "ce_type", "org.wsis.prize.NominationSubmitted",
                    "x-original-topic", "wsis.prize.v1",
                    "x-exception-message", "Cannot read"));
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
