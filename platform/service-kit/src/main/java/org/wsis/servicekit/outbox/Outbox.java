package org.wsis.servicekit.outbox;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Update;
import org.wsis.contracts.DomainEvent;
import org.wsis.servicekit.tracing.TraceContexts;

/**
 * Writes events into an aggregate document's outbox as part of the same update that changes the
 * aggregate's state: one document, one atomic write, no transaction needed. Each event keeps the W3C
 * trace context of the request or record that caused it, so the relay can carry the trace on to Kafka.
 */
public class Outbox {

    private final TraceContexts traces;

    public Outbox(TraceContexts traces) {
        this.traces = traces;
    }

    /**
     * Adds {@code $push: {outbox: {$each: [...]}}} to an update of the aggregate; returns the stored
     * form of the events it appends.
     */
    public List<Document> append(Update update, List<? extends DomainEvent> events) {
        List<Document> stored = initial(events);
        if (!stored.isEmpty()) {
            update.push(OutboxRelay.FIELD).each(stored.toArray());
        }
        return stored;
    }

    /** The outbox field of a freshly inserted aggregate document. */
    public List<Document> initial(List<? extends DomainEvent> events) {
        String traceparent = traces.current();
        return events.stream().map(e -> toDocument(e, traceparent)).toList();
    }

    static Document toDocument(DomainEvent event, @Nullable String traceparent) {
        OutboxMessage message = OutboxMessage.of(event);
        return new Document("eventId", message.eventId())
                .append("type", message.type())
                .append("topic", message.topic())
                .append("key", message.key())
                .append("payload", message.payload())
                .append("occurredAt", Date.from(message.occurredAt()))
                // Wall-clock time of the save: the relay's sweep tells stuck events by it, whatever
                // clock the domain used for occurredAt.
                .append(OutboxRelay.SAVED_AT, new Date())
                .append("traceparent", traceparent);
    }
}
