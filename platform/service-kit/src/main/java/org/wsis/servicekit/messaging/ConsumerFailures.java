package org.wsis.servicekit.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import org.wsis.contracts.Topics;

/**
 * What every consumer does with a record it fails to handle. A transient failure (the database or the
 * broker unreachable, a timeout, a lost race: {@link Failures}) blocks the partition: the same record
 * is tried again with a back-off growing to {@link EventRetrySettings#transientMaxInterval()}, for as
 * long as it takes, and nothing behind it overtakes it. Only a record that can never succeed is parked
 * on {@code <topic>.dlq}: an unreadable one at once, any other failure after {@link
 * EventRetrySettings#attempts()} attempts. Every failed attempt and every dead letter is counted.
 *
 * <p>The binder's own retry and dead-letter handling is switched off for every binding ({@link
 * #retryAndDlqInBinding}); the container's error handler does both, for record and batch listeners
 * alike. A batch listener names the failed record with a {@code BatchListenerFailedException}: the
 * records before it are committed, and the rest is tried again from it.
 */
public class ConsumerFailures
        implements ListenerContainerWithDlqAndRetryCustomizer, org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsumerFailures.class);

    /** Headers of a dead letter, as the replay tool and operators read them. */
    public static final String ORIGINAL_TOPIC = "x-original-topic";

    public static final String ORIGINAL_PARTITION = "x-original-partition";
    public static final String ORIGINAL_OFFSET = "x-original-offset";
    public static final String EXCEPTION_MESSAGE = "x-exception-message";
    public static final String EXCEPTION_FQCN = "x-exception-fqcn";
    public static final String CONSUMER_GROUP = "x-original-group";

    private final KafkaOperations<byte[], byte[]> deadLetters;
    private final EventRetrySettings settings;
    private final MeterRegistry meters;

    public ConsumerFailures(
            KafkaOperations<byte[], byte[]> deadLetters, EventRetrySettings settings, MeterRegistry meters) {
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.meters = meters;
    }

    @Override
    public void destroy() {
        if (deadLetters instanceof org.springframework.kafka.core.KafkaTemplate<byte[], byte[]> template) {
            template.getProducerFactory().reset();
        }
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(
            AbstractMessageListenerContainer<?, ?> container,
            String destinationName,
            String group,
            @Nullable BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
            @Nullable BackOff backOff) {
        container.setCommonErrorHandler(errorHandler(destinationName, group));
    }

    DefaultErrorHandler errorHandler(String topic, String group) {
        Counter transientFailures = failures(topic, group, "transient");
        Counter otherFailures = failures(topic, group, "permanent");
        Counter deadLettered = Counter.builder("wsis.events.dead.lettered")
                .description("Records parked on the dead-letter topic: they will never succeed as they are")
                .tag("topic", topic)
                .tag("group", group)
                .register(meters);

        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                deadLetters,
                // Let Kafka pick the dead-letter topic's partition: it may have fewer than the stream.
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.values());
        recoverer.setHeadersFunction((record, failure) -> deadLetterHeaders(record, failure, group));
        recoverer.setFailIfSendResultIsError(true);

        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, otherFailures());
        handler.setBackOffFunction((record, failure) -> backOffFor(failure));
        handler.setCommitRecovered(true);
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
                count(failure, attempt, record.topic() + "-" + record.partition() + "@" + record.offset());
            }

            @Override
            public void failedDelivery(ConsumerRecords<?, ?> records, Exception failure, int attempt) {
                count(failure, attempt, records.count() + " records of " + topic);
            }

            private void count(Exception failure, int attempt, String what) {
                if (Failures.isTransient(failure)) {
                    transientFailures.increment();
                    log.warn(
                            "{} could not handle {} (attempt {}), a transient failure; trying again until it"
                                    + " succeeds: {}",
                            group,
                            what,
                            attempt,
                            rootCause(failure).toString());
                } else {
                    otherFailures.increment();
                    log.warn("{} could not handle {} (attempt {}): {}", group, what, attempt, failure.toString());
                }
            }

            @Override
            public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
                deadLettered.increment();
                log.error(
                        "{} parked {}-{}@{} on {}: {}",
                        group,
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        Topics.deadLetterOf(record.topic()),
                        rootCause(failure).toString());
            }

            @Override
            public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
                transientFailures.increment();
                log.warn(
                        "{} could not park {}-{}@{} on the dead-letter topic; trying again: {}",
                        group,
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        failure.toString());
            }
        });
        return handler;
    }

    private Counter failures(String topic, String group, String kind) {
        return Counter.builder("wsis.events.failures")
                .description("Failed attempts to handle a record: transient ones are retried until they succeed")
                .tag("topic", topic)
                .tag("group", group)
                .tag("kind", kind)
                .register(meters);
    }

    /**
     * For ever, growing to the longest pause, for a transient failure; a few quick attempts for one
     * that is not (a bug may be a race); none for an unreadable record.
     */
    BackOff backOffFor(Exception failure) {
        if (Failures.isTransient(failure)) {
            ExponentialBackOff backOff = new ExponentialBackOff(
                    settings.transientInitialInterval().toMillis(), settings.transientMultiplier());
            backOff.setMaxInterval(settings.transientMaxInterval().toMillis());
            return backOff;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InboundEvents.MalformedEventException) {
                return new FixedBackOff(0L, 0L);
            }
        }
        return otherFailures();
    }

    private BackOff otherFailures() {
        ExponentialBackOff backOff =
                new ExponentialBackOff(settings.initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(settings.maxInterval().toMillis());
        backOff.setMaxAttempts(Math.max(0, settings.attempts() - 1));
        return backOff;
    }

    private static Headers deadLetterHeaders(ConsumerRecord<?, ?> record, Exception failure, String group) {
        Throwable cause = rootCause(failure);
        RecordHeaders headers = new RecordHeaders();
        headers.add(ORIGINAL_TOPIC, bytes(record.topic()));
        headers.add(ORIGINAL_PARTITION, bytes(String.valueOf(record.partition())));
        headers.add(ORIGINAL_OFFSET, bytes(String.valueOf(record.offset())));
        headers.add(CONSUMER_GROUP, bytes(group));
        headers.add(EXCEPTION_FQCN, bytes(cause.getClass().getName()));
        headers.add(EXCEPTION_MESSAGE, bytes(String.valueOf(cause.getMessage())));
        return headers;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        // The listener's wrappers (execution failed, messaging) say nothing the cause does not.
        while (cause.getCause() != null
                && cause.getCause() != cause
                && (cause instanceof org.springframework.kafka.listener.ListenerExecutionFailedException
                        || cause instanceof org.springframework.messaging.MessagingException
                        || cause instanceof org.springframework.kafka.listener.BatchListenerFailedException)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
