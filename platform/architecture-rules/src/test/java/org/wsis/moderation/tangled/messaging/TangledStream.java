package org.wsis.moderation.tangled.messaging;

import org.springframework.data.mongodb.core.MongoOperations;

/** A messaging adapter that writes to the database itself. */
public class TangledStream {

    private final MongoOperations mongo;

    public TangledStream(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void apply(Object event) {
        mongo.save(event);
    }
}
