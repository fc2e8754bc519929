package org.wsis.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), running the
 * real Kafka server code in this JVM. Data lives under the given directory: a restart on the same
 * directory keeps topics, records and committed offsets. {@link #withSaslPlain} makes one whose clients
 * must sign in.
 */
public final class KraftBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KraftBroker.class);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final int defaultPartitions;
    private final @Nullable SaslUser sasl;
    private final int internalPort;
    private KafkaRaftServer server;

    private record SaslUser(String username, String password) {}

    public KraftBroker(Path dataDir, int port, int defaultPartitions) {
        this(dataDir, port, defaultPartitions, null);
    }

    private KraftBroker(Path dataDir, int port, int defaultPartitions, @Nullable SaslUser sasl) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = Ports.free();
        this.defaultPartitions = defaultPartitions;
        this.sasl = sasl;
        this.internalPort = sasl == null ? port : Ports.free();
    }

    /**
     * A broker whose only client listener ({@link #bootstrapServers()}) is {@code SASL_PLAINTEXT} with the
     * {@code PLAIN} mechanism and one account: a client without these credentials cannot connect. The broker
     * talks to itself on a plain-text listener of its own.
     */
    public static KraftBroker withSaslPlain(Path dataDir, int port, String username, String password) {
        return new KraftBroker(dataDir, port, 1, new SaslUser(username, password));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public KraftBroker start() {
        try {
            Files.createDirectories(dataDir);
            Properties props = properties();
            Path config = dataDir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(config)) {
                props.store(out, "Written at each start by the WSIS platform");
            }
            format(config);
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            awaitReady(Duration.ofSeconds(60));
            log.info("Kafka broker (KRaft, in-process) ready at {} with data in {}", bootstrapServers(), dataDir);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        if (sasl == null) {
            p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            p.put("inter.broker.listener.name", "PLAINTEXT");
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        } else {
            p.put(
                    "listeners",
                    "INTERNAL://127.0.0.1:" + internalPort + ",SASL_PLAINTEXT://127.0.0.1:" + port
                            + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put(
                    "advertised.listeners",
                    "INTERNAL://127.0.0.1:" + internalPort + ",SASL_PLAINTEXT://127.0.0.1:" + port);
            p.put("inter.broker.listener.name", "INTERNAL");
            p.put(
                    "listener.security.protocol.map",
                    "INTERNAL:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("sasl.enabled.mechanisms", "PLAIN");
            p.put(
                    "listener.name.sasl_plaintext.plain.sasl.jaas.config",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required user_" + sasl.username() + "=\""
                            + sasl.password() + "\";");
        }
        p.put("controller.listener.names", "CONTROLLER");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", String.valueOf(defaultPartitions));
        p.put("auto.create.topics.enable", "true");
        // One node: every internal topic has a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", "1");
        // The compacted topics of one machine's broker (consumer offsets) hold a few thousand keys: the
        // cleaner's key map needs far less than its default of 128 MiB, which it allocates on the heap at start.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        return p;
    }

    private void format(Path config) {
        if (Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            // Formatted by an earlier start: keep its cluster id, topics, records and offsets.
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + out.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady(Duration timeout) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + internalPort,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) timeout.toMillis()))) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not become ready at 127.0.0.1:" + internalPort, e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            log.info("Kafka broker at {} stopped", bootstrapServers());
        }
    }
}
