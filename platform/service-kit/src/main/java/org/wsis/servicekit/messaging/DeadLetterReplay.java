package org.wsis.servicekit.messaging;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;

/**
 * The operator's tool for a dead-letter topic: re-publishes parked records to the topic they came
 * from, with their key, value and headers (the CloudEvents ones matter), without the error headers the
 * binder added. Consumers de-duplicate on {@code ce_id}, so a record that was in fact processed changes
 * nothing when it comes back.
 *
 * <p>By default it replays every record parked since its last run (it keeps its position as the
 * consumer group {@value #GROUP}) and then moves that position past them. {@code --event-id} replays only
 * the named events and leaves the position alone; {@code --set-header} corrects a header on the way (a
 * producer that wrote a wrong or missing one); {@code --dry-run} only lists what it would replay.
 *
 * <p>Run from any service's jar or image (see docs/operations.md):
 * {@code java -Dloader.main=org.wsis.servicekit.messaging.DeadLetterReplay -cp <service>.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher --bootstrap-servers HOST:9092
 * --dead-letter-topic wsis.entry.v1.dlq}. Exits 0 when everything selected was replayed, 2 on bad
 * arguments.
 */
public final class DeadLetterReplay {

    /** The consumer group whose offsets mark what has been replayed already. */
    public static final String GROUP = "wsis-dead-letter-replay";

    private static final String DLQ_SUFFIX = ".dlq";

    /** What to replay. */
    record Options(
            String bootstrapServers,
            KafkaClientSecurity security,
            String deadLetterTopic,
            Set<String> eventIds,
            Map<String, String> setHeaders,
            boolean dryRun) {}

    private DeadLetterReplay() {}

    public static void main(String[] args) {
        int status;
        try {
            status = run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            status = 2;
        }
        System.exit(status);
    }

    static final String USAGE = """
            usage: DeadLetterReplay --dead-letter-topic <topic>.dlq [--bootstrap-servers host:port]
                                    [--event-id <ce_id>]... [--set-header name=value]... [--dry-run]
              --bootstrap-servers  Kafka (default: $KAFKA_BOOTSTRAP_SERVERS, else localhost:9092); TLS and SASL
                                   from the services' variables (KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_MECHANISM,
                                   KAFKA_USERNAME, KAFKA_PASSWORD, KAFKA_TLS_CA_FILE)
              --event-id           replay only this event (repeatable); the tool's position is left alone
              --set-header         replace a header on the replayed records, e.g. ce_type=org.wsis.entry.EntrySubmitted
              --dry-run            list the records that would be replayed, publish nothing""";

    /** Replays as the arguments say, printing a line per record; the exit status. */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, System::getenv);
    }

    /** As {@link #run(String[], PrintStream)}, with the environment variables read through {@code variables}. */
    public static int run(String[] args, PrintStream out, Function<String, @Nullable String> variables) {
        Options options = parse(args, variables);
        List<String> replayed = replay(options, out);
        out.printf(
                "%s %d record(s) from %s%n",
                options.dryRun() ? "Would replay" : "Replayed", replayed.size(), options.deadLetterTopic());
        return 0;
    }

    static Options parse(String[] args) {
        return parse(args, System::getenv);
    }

    static Options parse(String[] args, Function<String, @Nullable String> variables) {
        String bootstrap = variables.apply("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap == null || bootstrap.isBlank()) {
            bootstrap = "localhost:9092";
        }
        String topic = null;
        Set<String> ids = new HashSet<>();
        Map<String, String> headers = new LinkedHashMap<>();
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--bootstrap-servers" -> bootstrap = value(args, ++i, arg);
                case "--dead-letter-topic" -> topic = value(args, ++i, arg);
                case "--event-id" -> ids.add(value(args, ++i, arg));
                case "--set-header" -> {
                    String pair = value(args, ++i, arg);
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--set-header needs name=value, not " + pair);
                    }
                    headers.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                case "--dry-run" -> dryRun = true;
                default -> throw new IllegalArgumentException("Unknown argument " + arg);
            }
        }
        if (topic == null || !topic.endsWith(DLQ_SUFFIX)) {
            throw new IllegalArgumentException("--dead-letter-topic must name a <topic>.dlq");
        }
        return new Options(
                bootstrap, KafkaClientSecurity.from(variables), topic, Set.copyOf(ids), Map.copyOf(headers), dryRun);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    /** The ids of the events replayed (or that would be, in a dry run). */
    static List<String> replay(Options options, PrintStream out) {
        boolean selective = !options.eventIds().isEmpty();
        List<String> replayed = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(options));
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(options))) {
            List<TopicPartition> partitions = consumer.partitionsFor(options.deadLetterTopic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata position = committed.get(partition);
                if (selective || position == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, position.offset());
                }
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    String id = text(record, "ce_id");
                    if (selective && !options.eventIds().contains(id)) {
                        continue;
                    }
                    String target = originalTopic(record, options.deadLetterTopic());
                    out.printf(
                            "%s %s-%d@%d key=%s ce_type=%s ce_id=%s -> %s (failed with: %s)%n",
                            options.dryRun() ? "would replay" : "replaying",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8),
                            text(record, "ce_type"),
                            id,
                            target,
                            text(record, "x-exception-message"));
                    replayed.add(String.valueOf(id));
                    if (!options.dryRun()) {
                        sent.add(producer.send(new ProducerRecord<>(
                                target, null, record.key(), record.value(), headers(record, options.setHeaders()))));
                    }
                }
            }
            for (Future<RecordMetadata> each : sent) {
                each.get();
            }
            if (!selective && !options.dryRun()) {
                Map<TopicPartition, OffsetAndMetadata> done = new LinkedHashMap<>();
                end.forEach((partition, offset) -> done.put(partition, new OffsetAndMetadata(offset)));
                consumer.commitSync(done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a replayed record: " + e.getCause(), e);
        }
        return replayed;
    }

    /** The record's headers as they were before it failed, with the corrections applied. */
    static RecordHeaders headers(ConsumerRecord<byte[], byte[]> record, Map<String, String> corrections) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            String key = header.key();
            if (key.startsWith("x-exception-") || key.startsWith("x-original-") || corrections.containsKey(key)) {
                continue;
            }
            headers.add(header);
        }
        corrections.forEach((key, value) -> headers.add(key, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    private static String originalTopic(ConsumerRecord<byte[], byte[]> record, String deadLetterTopic) {
        String original = text(record, "x-original-topic");
        return original != null
                ? original
                : deadLetterTopic.substring(0, deadLetterTopic.length() - DLQ_SUFFIX.length());
    }

    private static @Nullable String text(ConsumerRecord<byte[], byte[]> record, String header) {
        Header last = record.headers().lastHeader(header);
        return last == null ? null : new String(last.value(), StandardCharsets.UTF_8);
    }

    private static Properties consumerConfig(Options options) {
        Properties p = new Properties();
        p.putAll(options.security().clientProperties());
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return p;
    }

    private static Properties producerConfig(Options options) {
        Properties p = new Properties();
        p.putAll(options.security().clientProperties());
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return p;
    }
}
