package org.wsis.servicekit.sample;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.servicekit.security.Caller;

/** The sample service's one endpoint that needs a caller: who the token says they are. */
@RestController
class SampleController {

    private final MongoOperations mongo;

    SampleController(MongoOperations mongo) {
        this.mongo = mongo;
    }

    record Applied(String entryId, int count) {}

    /** Reads the database: how many times the sample consumer applied an entry's submission. */
    @GetMapping("/api/samples/applied/{entryId}")
    Applied applied(@PathVariable String entryId) {
        Document applied = mongo.findById(entryId, Document.class, SampleApplication.APPLIED);
        return new Applied(entryId, applied == null ? 0 : applied.getInteger("count"));
    }

    record Me(String userId, boolean emailVerified, String accountCreatedAt) {}

    @GetMapping("/api/samples/me")
    Me me(Caller caller) {
        return new Me(caller.userId(), caller.emailVerified(), String.valueOf(caller.accountCreatedAt()));
    }
}
