package org.wsis.servicekit.sample;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.servicekit.messaging.InboundEvents;
import org.wsis.servicekit.outbox.OutboxCollections;

/**
 * A minimal service built on the kit: aggregates in {@code samples} with an outbox, and a consumer of
 * the entry stream that counts, per entry, how many times it applied a submission, and records the order
 * it applied them in. A test can make the handling of an entry fail a number of times first.
 */
@SpringBootApplication
public class SampleApplication {

    static final String SAMPLES = "samples";
    static final String APPLIED = "applied";
    static final String ORDER = "order";

    /** Failures to raise before an entry's submission is applied, by entry id. */
    static final Map<String, Deque<RuntimeException>> FAILURES = new ConcurrentHashMap<>();

    static void failFirst(String entryId, int times, Supplier<RuntimeException> failure) {
        Deque<RuntimeException> failures = new ArrayDeque<>();
        for (int i = 0; i < times; i++) {
            failures.add(failure.get());
        }
        FAILURES.put(entryId, failures);
    }

    @Bean
    OutboxCollections sampleOutbox() {
        return OutboxCollections.of(SAMPLES);
    }

    @Bean
    Consumer<Message<byte[]>> entryEvents(InboundEvents inbound, MongoOperations mongo) {
        return message -> inbound.handle("sample-counter", message, event -> {
            if (event instanceof EntrySubmitted submitted) {
                Deque<RuntimeException> failures = FAILURES.get(submitted.entryId());
                RuntimeException failure = failures == null ? null : failures.poll();
                if (failure != null) {
                    throw failure;
                }
                mongo.upsert(
                        new Query(Criteria.where("_id").is(ORDER)),
                        new Update().push("entries", submitted.entryId()),
                        APPLIED);
                mongo.findAndModify(
                        new Query(Criteria.where("_id").is(submitted.entryId())),
                        new Update().inc("count", 1),
                        FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class,
                        APPLIED);
            }
        });
    }
}
