package org.wsis.convening.publication.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.wsis.servicekit.outbox.AggregateDocuments;
import org.wsis.servicekit.outbox.OutboxRelay;

/** What the stores of convenors and issues do alike: stream what changed, and insert imported items. */
public final class ItemDocuments {

    private ItemDocuments() {}

    /**
     * Hands every document of {@code collection} changed at or after {@code since}, as {@code read} maps it,
     * to {@code sink}, oldest change first, streaming from the database; returns how many it handed.
     */
    public static <T> int forEachChangedSince(
            MongoOperations mongo, String collection, Instant since, Function<Document, T> read, Consumer<T> sink) {
        Query changed = new Query(Criteria.where("updatedAt").gte(Date.from(since)))
                .with(Sort.by("updatedAt"))
                .cursorBatchSize(500);
        int[] handed = {0};
        try (var found = mongo.stream(changed, Document.class, collection)) {
            found.forEach(document -> {
                sink.accept(read.apply(document));
                handed[0]++;
            });
        }
        return handed[0];
    }

    /** Inserts items brought in from elsewhere (demonstration data) as they are, with no events. */
    public static <T> void insertImported(
            MongoOperations mongo,
            String collection,
            java.util.Collection<T> items,
            Function<T, String> id,
            Function<T, Document> state) {
        List<Document> inserted = items.stream()
                .map(item -> imported(id.apply(item), state.apply(item)))
                .toList();
        if (!inserted.isEmpty()) {
            mongo.insert(inserted, collection);
        }
    }

    /**
     * The stored form of an item brought in from elsewhere (demonstration data): its state at version 0 with
     * an empty outbox, since nothing happened to it here.
     */
    public static Document imported(String id, Document state) {
        return new Document(state)
                .append("_id", id)
                .append(AggregateDocuments.VERSION, 0L)
                .append(OutboxRelay.FIELD, List.of());
    }
}
