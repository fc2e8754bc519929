package org.wsis.servicekit.sample;

import java.util.function.Consumer;
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
 * the entry stream that counts, per entry, how many times it applied a submission.
 */
@SpringBootApplication
public class SampleApplication {

    static final String SAMPLES = "samples";
    static final String APPLIED = "applied";

    @Bean
    OutboxCollections sampleOutbox() {
        return OutboxCollections.of(SAMPLES);
    }

    @Bean
    Consumer<Message<byte[]>> entryEvents(InboundEvents inbound, MongoOperations mongo) {
        return message -> inbound.handle("sample-counter", message, event -> {
            if (event instanceof EntrySubmitted submitted) {
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
