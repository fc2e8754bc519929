package org.wsis.contracts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of events, shared by producers and consumers. Unknown fields are ignored on read so
 * that additive changes (a new optional field) never break a consumer that has not upgraded yet.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventJson() {}

    public static byte[] write(DomainEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    /** Reads a payload as the record registered for {@code ceType}. */
    public static DomainEvent read(String ceType, byte[] payload) {
        EventTypes.EventType type = EventTypes.byName(ceType)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + ceType));
        return MAPPER.readValue(payload, type.recordType());
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
