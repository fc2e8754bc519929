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

    enum Kind {
        WORKSHOP,
        SEMINAR
    }

    /** A request body with a field of each kind of value a request carries. */
    record Thing(
            @jakarta.validation.constraints.NotBlank String title,
            @jakarta.validation.constraints.NotNull Integer hour,
            java.time.@org.jspecify.annotations.Nullable LocalDate startDate,
            @org.jspecify.annotations.Nullable Boolean online,
            @org.jspecify.annotations.Nullable Kind kind,
            java.util.@org.jspecify.annotations.Nullable List<String> tags) {}

    /** Echoes a valid body: what a service would store. */
    @org.springframework.web.bind.annotation.PostMapping("/api/samples/things")
    Thing thing(
            Caller caller, @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody Thing thing) {
        return thing;
    }

    /** Echoes a query parameter: what a service would search for. */
    @GetMapping("/api/samples/search")
    java.util.Map<String, String> search(
            Caller caller, @org.springframework.web.bind.annotation.RequestParam String q) {
        return java.util.Map.of("q", q);
    }

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
