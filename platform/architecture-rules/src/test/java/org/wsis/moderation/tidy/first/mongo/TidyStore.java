package org.wsis.moderation.tidy.first.mongo;

import org.springframework.data.mongodb.core.MongoOperations;

/** A store: the one place the feature maps its documents. */
public class TidyStore {

    private final MongoOperations mongo;

    public TidyStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public long count() {
        return mongo.getCollection("tidy").countDocuments();
    }
}
