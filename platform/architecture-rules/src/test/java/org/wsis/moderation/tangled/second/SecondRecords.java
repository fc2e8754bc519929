package org.wsis.moderation.tangled.second;

import org.springframework.data.mongodb.core.MongoOperations;

/** An application service that maps its documents itself instead of leaving them to a store. */
public class SecondRecords {

    private final MongoOperations mongo;

    public SecondRecords(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public long count() {
        return mongo.getCollection("seconds").countDocuments();
    }
}
