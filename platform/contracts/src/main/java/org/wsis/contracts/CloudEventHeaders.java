package org.wsis.contracts;

/**
 * CloudEvents 1.0 attributes in Kafka binary mode: each attribute is a record header, the payload is
 * the event as JSON.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    /** Unique per event; consumers de-duplicate on it. */
    public static final String ID = "ce_id";
    /** {@code org.wsis.<stream>.<EventName>}; selects the record type on the consumer side. */
    public static final String TYPE = "ce_type";
    /** The publishing service, e.g. {@code submission-service}. */
    public static final String SOURCE = "ce_source";
    /** When the event happened, RFC 3339. */
    public static final String TIME = "ce_time";
    /** The aggregate id, also the record key. */
    public static final String SUBJECT = "ce_subject";

    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}
}
