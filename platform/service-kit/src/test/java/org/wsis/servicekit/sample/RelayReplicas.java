package org.wsis.servicekit.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.CloudEventHeaders;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.Topics;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.servicekit.outbox.AggregateDocuments;
import org.wsis.servicekit.outbox.OutboxRelay;
import org.wsis.testkit.TopicProbe;

/**
 * Replicas of a service that only produces: the sample application, several times over, on one broker
 * and one database of their own, each with its outbox relay. Aggregates are saved through a replica of
 * the caller's choice; each aggregate's events are remembered in the order they were saved, to compare
 * with what reaches the topic.
 */
final class RelayReplicas implements AutoCloseable {

    static final String COLLECTION = SampleApplication.SAMPLES;

    private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();
    private final String brokers;
    private final Map<String, List<String>> saved = new ConcurrentHashMap<>();
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    RelayReplicas(int count, String brokers, String mongoUri, String issuerUri, String... settings) {
        this.brokers = brokers;
        String database = "outbox-replicas-" + UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            List<String> args = new ArrayList<>(List.of(
                    "--spring.kafka.bootstrap-servers=" + brokers,
                    "--spring.mongodb.uri=" + mongoUri,
                    "--spring.mongodb.database=" + database,
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuerUri,
                    "--server.port=0",
                    // Replicas of a service that only produces here.
                    "--spring.cloud.function.definition=",
                    "--spring.cloud.stream.function.autodetect=false"));
            args.addAll(List.of(settings));
            replicas.add(new SpringApplicationBuilder(SampleApplication.class).run(args.toArray(String[]::new)));
        }
    }

    List<ConfigurableApplicationContext> replicas() {
        return replicas;
    }

    /**
     * Saves the aggregate's next revision, with its event, through one replica. One caller at a time per
     * aggregate, as a versioned aggregate is written.
     */
    void save(int replica, String id) {
        List<String> events = saved.computeIfAbsent(id, k -> new ArrayList<>());
        EntrySubmitted event = new EntrySubmitted(
                UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                id,
                events.size() + 1,
                "Revision " + (events.size() + 1),
                "Replicated organisation",
                List.of(ActionLine.C4),
                new Recipient("owner-" + id, id + "@example.org", "Owner", "en"));
        AggregateDocuments documents = replicas.get(replica % replicas.size()).getBean(AggregateDocuments.class);
        Document state = new Document("revision", events.size() + 1);
        Long version = versions.get(id);
        if (version == null) {
            documents.insert(COLLECTION, id, state, List.of(event));
            versions.put(id, 0L);
        } else {
            versions.put(id, documents.update(COLLECTION, id, version, state, List.of(event)));
        }
        events.add(event.eventId().toString());
    }

    /** Per aggregate, its events' ids in the order they were saved. */
    Map<String, List<String>> saved() {
        return saved;
    }

    long savedCount() {
        return saved.values().stream().mapToLong(List::size).sum();
    }

    /** Aggregates whose outbox still holds events. */
    long pendingAggregates() {
        MongoOperations mongo = replicas.getFirst().getBean(MongoOperations.class);
        return mongo.count(Query.query(Criteria.where(OutboxRelay.FIELD + ".0").exists(true)), COLLECTION);
    }

    /** The event ids on the topic per aggregate (the record key), in the order of their partition. */
    Map<String, List<String>> publishedByAggregate() {
        Map<String, List<String>> byAggregate = new HashMap<>();
        for (TopicProbe.Received record : new TopicProbe(brokers).readAll(Topics.ENTRY)) {
            byAggregate.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record.header(CloudEventHeaders.ID));
        }
        return new LinkedHashMap<>(byAggregate);
    }

    @Override
    public void close() {
        replicas.forEach(ConfigurableApplicationContext::close);
    }
}
