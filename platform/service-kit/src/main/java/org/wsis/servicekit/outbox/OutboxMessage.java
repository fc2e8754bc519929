package org.wsis.servicekit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.wsis.contracts.DomainEvent;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.EventTypes;

/**
 * An event waiting to be published, stored inside its aggregate's own document (in a field named
 * {@value OutboxRelay#FIELD}), so that the state change and the event are one atomic write.
 *
 * <p>The payload is kept as the exact JSON text that will go on the wire; ids are strings so the
 * document needs no UUID codec.
 */
public record OutboxMessage(String eventId, String type, String topic, String key, String payload, Instant occurredAt) {

    public static OutboxMessage of(DomainEvent event) {
        EventTypes.EventType type = EventTypes.of(event);
        return new OutboxMessage(
                event.eventId().toString(),
                type.name(),
                type.topic(),
                event.aggregateId(),
                new String(EventJson.write(event), StandardCharsets.UTF_8),
                event.occurredAt());
    }
}
