package org.wsis.servicekit.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

/** Declares the secondary indexes a store's queries read (the wire-protocol server of the tests ignores them). */
public final class Indexes {

    private Indexes() {}

    /** An ascending index on {@code fields}, in that order; declaring it again changes nothing. */
    public static void ascending(MongoOperations mongo, String collection, String... fields) {
        Index index = new Index();
        for (String field : fields) {
            index.on(field, Sort.Direction.ASC);
        }
        mongo.indexOps(collection).createIndex(index);
    }
}
