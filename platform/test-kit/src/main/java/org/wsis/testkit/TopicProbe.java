package org.wsis.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.wsis.contracts.CloudEventHeaders;
import org.wsis.contracts.DomainEvent;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.EventTypes;

/**
 * Reads and writes records on the real broker the way another service would: reading everything a
 * topic holds, and publishing CloudEvents records (or deliberately broken ones).
 */
public final class TopicProbe {

    private final String bootstrapServers;

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static TopicProbe onSharedBroker() {
        return new TopicProbe(PlatformInfrastructure.shared().kafkaBootstrapServers());
    }

    /** A record as read back: its key, headers as text, and payload. */
    public record Received(String key, Map<String, String> headers, byte[] payload) {
        public String header(String name) {
            return headers.get(name);
        }

        public String payloadText() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        public DomainEvent event() {
            return EventJson.read(headers.get(CloudEventHeaders.TYPE), payload);
        }
    }

    /** Every record currently on {@code topic}, from the beginning. */
    public List<Received> readAll(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        List<Received> received = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Up to the end of every partition as it is now: everything the topic holds, however much.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline
                    && end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
                    }
                    received.add(new Received(
                            record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8),
                            headers,
                            record.value()));
                }
            }
        }
        return received;
    }

    /** The records on {@code topic} carrying {@code ce_id = eventId}. */
    public List<Received> withEventId(String topic, String eventId) {
        return readAll(topic).stream()
                .filter(r -> eventId.equals(r.header(CloudEventHeaders.ID)))
                .toList();
    }

    public Optional<Received> firstOfType(String topic, String ceType, String subject) {
        return readAll(topic).stream()
                .filter(r -> ceType.equals(r.header(CloudEventHeaders.TYPE)) && subject.equals(r.key()))
                .findFirst();
    }

    /** Publishes an event as a producing service would (CloudEvents binary mode). */
    public void publish(DomainEvent event) {
        EventTypes.EventType type = EventTypes.of(event);
        send(type.topic(), event.aggregateId(), type.name(), event.eventId().toString(), EventJson.write(event));
    }

    /** Publishes raw bytes with the given CloudEvents type and id: for duplicates and poison records. */
    public void send(String topic, String key, String ceType, String ceId, byte[] payload) {
        send(topic, key, ceType, ceId, payload, Map.of());
    }

    /** As {@link #send(String, String, String, String, byte[])}, with extra headers such as {@code traceparent}. */
    public void send(
            String topic, String key, String ceType, String ceId, byte[] payload, Map<String, String> extraHeaders) {
        Map<String, Object> config =
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            ProducerRecord<byte[], byte[]> record =
                    new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), payload);
            record.headers()
                    .add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                    .add(CloudEventHeaders.ID, bytes(ceId))
                    .add(CloudEventHeaders.TYPE, bytes(ceType))
                    .add(CloudEventHeaders.SOURCE, bytes("test"))
                    .add(CloudEventHeaders.SUBJECT, bytes(key))
                    .add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
            extraHeaders.forEach((name, value) -> record.headers().add(name, bytes(value)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
