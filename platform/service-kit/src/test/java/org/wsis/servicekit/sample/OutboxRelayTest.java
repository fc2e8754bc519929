package org.wsis.servicekit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.CloudEventHeaders;
import org.wsis.contracts.Topics;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.servicekit.outbox.AggregateDocuments;
import org.wsis.servicekit.outbox.OutboxRelay;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.TopicProbe;

/** The outbox on a real broker and wire-protocol server, across a simulated crash. */
class OutboxRelayTest {

    private final PlatformInfrastructure infra = PlatformInfrastructure.shared();
    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private ConfigurableApplicationContext startService(boolean relayEnabled) {
        return new SpringApplicationBuilder(SampleApplication.class)
                .run(
                        "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                        "--spring.mongodb.uri=" + infra.mongoUri(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.issuerUri(),
                        "--server.port=0",
                        "--wsis.outbox.relay.enabled=" + relayEnabled,
                        "--wsis.outbox.relay.poll-interval=100ms",
                        // These runs only produce; they stay out of the sample consumer group.
                        "--spring.cloud.stream.bindings.entryEvents-in-0.group=outbox-crash-test");
    }

    /** Saves a sample aggregate with its event, as a service's store does. */
    private static void saveWithEvent(ConfigurableApplicationContext service, String id, EntrySubmitted event) {
        service.getBean(AggregateDocuments.class)
                .insert("samples", id, new Document("status", "SUBMITTED"), List.of(event));
    }

    @Test
    void givenAStateChangeSavedWithItsEvent_whenTheProcessDiesBeforePublishing_thenTheNextStartPublishesItOnce() {
        String id = "crash-" + UUID.randomUUID();
        EntrySubmitted event = Samples.aSubmission(id);

        try (ConfigurableApplicationContext beforeCrash = startService(false)) {
            saveWithEvent(beforeCrash, id, event);
        }
        assertThat(topics.withEventId(Topics.ENTRY, event.eventId().toString()))
                .as("nothing was published before the crash")
                .isEmpty();

        try (ConfigurableApplicationContext afterRestart = startService(true)) {
            MongoOperations mongo = afterRestart.getBean(MongoOperations.class);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(mongo.findById(id, Document.class, "samples")
                                    .getList(OutboxRelay.FIELD, Document.class))
                            .isEmpty());
        }

        List<TopicProbe.Received> published =
                topics.withEventId(Topics.ENTRY, event.eventId().toString());
        assertThat(published).hasSize(1);
        TopicProbe.Received record = published.getFirst();
        assertThat(record.key()).isEqualTo(id);
        assertThat(record.header(CloudEventHeaders.TYPE)).isEqualTo("org.wsis.entry.EntrySubmitted");
        assertThat(record.header(CloudEventHeaders.SOURCE)).isEqualTo("sample-service");
        assertThat(record.header(CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(record.header(CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(record.event()).isEqualTo(event);
    }

    @Test
    void aConsumerBuiltOnTheKitAppliesWhatTheRelayPublished() {
        String id = "relayed-" + UUID.randomUUID();
        EntrySubmitted event = Samples.aSubmission(id);

        try (ConfigurableApplicationContext service = startService(true)) {
            MongoOperations mongo = service.getBean(MongoOperations.class);
            saveWithEvent(service, id, event);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Document applied = mongo.findById(id, Document.class, SampleApplication.APPLIED);
                assertThat(applied).isNotNull();
                assertThat(applied.getInteger("count")).isEqualTo(1);
            });
        }
        assertThat(topics.withEventId(
                        Topics.deadLetterOf(Topics.ENTRY), event.eventId().toString()))
                .isEmpty();
    }
}
