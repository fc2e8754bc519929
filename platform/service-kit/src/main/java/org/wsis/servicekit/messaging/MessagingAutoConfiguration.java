package org.wsis.servicekit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.KafkaBinderMetrics;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
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

    /**
     * No consumer-lag gauge from the Kafka binder. The binder polls the broker for it on a thread of its own
     * while holding a lock of its metrics map, and its shutdown takes the binder's consumer lock and then
     * clears that map: the two can wait on each other forever, and a service (or a test) never stops. With
     * the gauge denied the binder never schedules the poll. Consumer lag is watched from the broker's side
     * ({@code kafka_consumergroup_lag}, which the chart's autoscaling reads).
     */
    @Bean
    MeterFilter wsisNoBinderLagGauge() {
        return MeterFilter.denyNameStartsWith(KafkaBinderMetrics.OFFSET_LAG_METRIC_NAME);
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
        return new ConsumerFailures(
                KafkaProducers.bytes(kafka.getIfAvailable(), environment, "wsis-dead-letters"), settings, meters);
    }
}
