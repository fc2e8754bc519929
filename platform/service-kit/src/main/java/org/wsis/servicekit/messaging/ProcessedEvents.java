package org.wsis.servicekit.messaging;

import java.time.Instant;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The log of events each consumer has processed, one document per (consumer, {@code ce_id}) whose
 * {@code _id} is the pair itself, so the primary key makes a second insert impossible.
 */
public class ProcessedEvents {

    public static final String COLLECTION = "processed_events";

    private final MongoOperations mongo;

    public ProcessedEvents(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public boolean contains(String consumer, String eventId) {
        return mongo.exists(new Query(Criteria.where("_id").is(key(consumer, eventId))), COLLECTION);
    }

    public void add(String consumer, String eventId) {
        try {
            mongo.insert(
                    new Document("_id", key(consumer, eventId))
                            .append("consumer", consumer)
                            .append("processedAt", java.util.Date.from(Instant.now())),
                    COLLECTION);
        } catch (DuplicateKeyException alreadyThere) {
            // Two deliveries of one event raced; the first one recorded it, which is all we need.
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }
}
