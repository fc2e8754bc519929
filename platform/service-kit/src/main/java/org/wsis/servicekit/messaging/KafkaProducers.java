package org.wsis.servicekit.messaging;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The producers the kit makes itself (the outbox relay's, the dead letters'), configured like the
 * binder's: the same cluster, credentials and TLS ({@code spring.kafka.*}, then the binder's
 * {@code configuration} and {@code producer-properties} maps, which win), acknowledged by all in-sync
 * replicas and idempotent, so that the broker never writes a record twice nor one partition's records
 * out of order.
 */
public final class KafkaProducers {

    private KafkaProducers() {}

    public static KafkaTemplate<byte[], byte[]> bytes(
            @Nullable KafkaProperties kafka, Environment environment, String clientId) {
        Map<String, Object> config = new HashMap<>();
        if (kafka != null) {
            config.putAll(kafka.buildProducerProperties());
        }
        Binder binder = Binder.get(environment);
        for (String map : new String[] {
            "spring.cloud.stream.kafka.binder.configuration", "spring.cloud.stream.kafka.binder.producer-properties"
        }) {
            binder.bind(map, Bindable.mapOf(String.class, String.class)).ifBound(config::putAll);
        }
        binder.bind("spring.cloud.stream.kafka.binder.brokers", String.class)
                .ifBound(brokers -> config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }
}
