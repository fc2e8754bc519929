package org.wsis.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.wsis.embedded.KraftBroker;
import org.wsis.embedded.Ports;
import org.wsis.embedded.WireProtocolMongo;
import org.wsis.testkit.infra.TokenIssuer;

/**
 * The Kafka broker, MongoDB server and token issuer that integration tests run against, started once
 * per JVM and shared by every test context in it.
 *
 * <p>{@code PLATFORM_INFRA} chooses: {@code containers} (Testcontainers: pinned {@code mongo} and
 * {@code apache/kafka} images; fails if no Docker engine), {@code embedded} (a KRaft broker running the
 * real Kafka code in-process, and the mongo-java-server wire-protocol server), or {@code auto}, the
 * default: containers when a Docker engine answers, else embedded. The choice is logged.
 */
public final class PlatformInfrastructure {

    public static final String MONGO_IMAGE = "mongo:8.0.12";
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    private static final Logger log = LoggerFactory.getLogger(PlatformInfrastructure.class);
    private static @Nullable PlatformInfrastructure shared;

    private final String kafkaBootstrapServers;
    private final String mongoUri;
    private final TokenIssuer tokens;
    private final String mode;

    private PlatformInfrastructure(String mode, String kafka, String mongo, TokenIssuer tokens) {
        this.mode = mode;
        this.kafkaBootstrapServers = kafka;
        this.mongoUri = mongo;
        this.tokens = tokens;
    }

    public static synchronized PlatformInfrastructure shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static PlatformInfrastructure start() {
        String requested =
                System.getenv().getOrDefault("PLATFORM_INFRA", "auto").toLowerCase(Locale.ROOT);
        boolean containers = switch (requested) {
            case "containers" -> true;
            case "embedded" -> false;
            case "auto" -> dockerAvailable();
            default ->
                throw new IllegalArgumentException(
                        "PLATFORM_INFRA must be containers, embedded or auto, not " + requested);
        };
        TokenIssuer tokens = TokenIssuer.ephemeral(Ports.free()).start();
        PlatformInfrastructure infra = containers ? startContainers(tokens) : startEmbedded(tokens);
        log.info(
                "Integration tests run on {} infrastructure (PLATFORM_INFRA={}): Kafka at {}, MongoDB at {}",
                infra.mode,
                requested,
                infra.kafkaBootstrapServers,
                infra.mongoUri);
        return infra;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static PlatformInfrastructure startContainers(TokenIssuer tokens) {
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        mongo.start();
        kafka.start();
        return new PlatformInfrastructure(
                "Testcontainers (" + MONGO_IMAGE + ", " + KAFKA_IMAGE + ")",
                kafka.getBootstrapServers(),
                mongo.getReplicaSetUrl().replaceFirst("/test$", ""),
                tokens);
    }

    private static PlatformInfrastructure startEmbedded(TokenIssuer tokens) {
        Path dir;
        try {
            dir = Files.createTempDirectory("wsis-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // One partition per topic, as the Kafka container's auto-created topics have: tests that publish a
        // marker after some events and wait for it to be handled rely on records being consumed in the order
        // they were published, which Kafka keeps within a partition only. They say so where they do it.
        KraftBroker broker = new KraftBroker(dir, Ports.free(), 1).start();
        WireProtocolMongo mongo = WireProtocolMongo.inMemory().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            broker.close();
            tokens.close();
        }));
        return new PlatformInfrastructure(
                "embedded (in-process KRaft broker, mongo-java-server)",
                broker.bootstrapServers(),
                mongo.uri(),
                tokens);
    }

    /** Whether the MongoDB server is the in-process wire-protocol server rather than MongoDB itself. */
    public boolean embedded() {
        return mode.startsWith("embedded");
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String issuerUri() {
        return tokens.issuerUri();
    }

    /** A signed access token for a test user, valid for the services under test. */
    public String token(String subject, String email, String name, String... roles) {
        return tokens.mint(subject, email, name, "en", List.of(roles), Duration.ofMinutes(30));
    }

    /** A voter's token that says when their account was created ({@code created_timestamp} in milliseconds, as the realm maps it). */
    public String voterToken(String subject, String email, String name, Instant accountCreatedAt) {
        return voterToken(subject, email, name, accountCreatedAt, Duration.ofMinutes(30));
    }

    /** As {@link #voterToken(String, String, String, Instant)}, valid for {@code lifetime}. */
    public String voterToken(String subject, String email, String name, Instant accountCreatedAt, Duration lifetime) {
        return tokens.mint(
                subject,
                email,
                name,
                "en",
                List.of(),
                lifetime,
                Map.of("created_timestamp", accountCreatedAt.toEpochMilli()));
    }

    public TokenIssuer tokenIssuer() {
        return tokens;
    }
}
