package org.wsis.servicekit.outbox;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.wsis.contracts.DomainEvent;

/**
 * Writes events into an aggregate document's outbox as part of the same update that changes the
 * aggregate's state: one document, one atomic write, no transaction needed.
 */
public final class Outbox {

    private Outbox() {}

    /** Adds {@code $push: {outbox: {$each: [...]}}} to an update of the aggregate. */
    public static Update append(Update update, List<? extends DomainEvent> events) {
        if (!events.isEmpty()) {
            update.push(OutboxRelay.FIELD)
                    .each(events.stream().map(Outbox::toDocument).toArray());
        }
        return update;
    }

    /** The outbox field of a freshly inserted aggregate document. */
    public static List<Document> initial(List<? extends DomainEvent> events) {
        return events.stream().map(Outbox::toDocument).toList();
    }

    static Document toDocument(DomainEvent event) {
        OutboxMessage message = OutboxMessage.of(event);
        return new Document("eventId", message.eventId())
                .append("type", message.type())
                .append("topic", message.topic())
                .append("key", message.key())
                .append("payload", message.payload())
                .append("occurredAt", Date.from(message.occurredAt()));
    }
}
