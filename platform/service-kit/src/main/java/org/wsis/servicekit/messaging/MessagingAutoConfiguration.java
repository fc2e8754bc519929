package org.wsis.servicekit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.wsis.contracts.Topics;

/**
 * Idempotent consumption, what consumers do with failures (retry transient ones for as long as it
 * takes, park the rest on {@code <topic>.dlq}: {@link ConsumerFailures}) for every service.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(EventRetrySettings.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProcessedEvents processedEvents(MongoOperations mongo) {
        return new ProcessedEvents(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    InboundEvents inboundEvents(ProcessedEvents processed, MeterRegistry meters) {
        return new InboundEvents(processed, meters);
    }

    /** Every stream's poison records go to one dead-letter topic per stream, whatever the group. */
    @Bean
    @ConditionalOnMissingBean
    DlqDestinationResolver wsisDeadLetterTopics() {
        return (record, exception) -> Topics.deadLetterOf(record.topic());
    }

    @Bean
    @ConditionalOnMissingBean
    ConsumerFailures wsisConsumerFailures(
            ObjectProvider<KafkaProperties> kafka,
            Environment environment,
            EventRetrySettings settings,
            MeterRegistry meters) {
        return new ConsumerFailures(deadLetterTemplate(kafka, environment), settings, meters);
    }

    /**
     * The producer of dead letters: the same cluster, credentials and TLS as the binder's (its
     * {@code configuration} map wins over {@code spring.kafka.*}), acknowledged by all replicas and
     * idempotent, with the relay's time limits, so that a parked record is never lost.
     */
    static KafkaTemplate<byte[], byte[]> deadLetterTemplate(
            ObjectProvider<KafkaProperties> kafka, Environment environment) {
        Map<String, Object> config = new HashMap<>();
        KafkaProperties properties = kafka.getIfAvailable();
        if (properties != null) {
            config.putAll(properties.buildProducerProperties());
        }
        Binder binder = Binder.get(environment);
        binder.bind("spring.cloud.stream.kafka.binder.configuration", Bindable.mapOf(String.class, String.class))
                .ifBound(config::putAll);
        binder.bind("spring.cloud.stream.kafka.binder.brokers", String.class)
                .ifBound(brokers -> config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "wsis-dead-letters");
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }
}
