package org.wsis.servicekit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.Topics;

/** Idempotent consumption and the dead-letter naming rule ({@code <topic>.dlq}) for every service. */
@AutoConfiguration
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
}
