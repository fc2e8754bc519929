package org.wsis.contracts;

import java.time.Instant;
import java.util.UUID;

/** What every event on every stream carries. */
public interface DomainEvent {

    /** Unique id, sent as {@code ce_id}; the de-duplication key of every consumer. */
    UUID eventId();

    /** When the change happened, sent as {@code ce_time}. */
    Instant occurredAt();

    /** The aggregate the event belongs to: the record key and {@code ce_subject}. */
    String aggregateId();
}
