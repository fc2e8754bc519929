package org.wsis.contracts.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.wsis.contracts.CloudEventHeaders;
import org.wsis.contracts.DomainEvent;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.EventTypes;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue of the platform's streams: for each topic, who publishes on it, its messages, their
 * CloudEvents headers, record key and payload schema, and the golden sample of each. It is built from
 * what the build checks: the JSON Schemas committed beside the event records (the records' structure and
 * the golden samples are both checked against them) and the golden samples themselves. It is read as an
 * AsyncAPI 3.0 document ({@link #asyncApi()}) or as plain records for a page ({@link #streams()}).
 */
public final class EventCatalogue {

    /** One stream: a topic, who publishes on it, what its record key is, and its messages. */
    public record Stream(
            String name,
            String topic,
            String title,
            String description,
            String publisher,
            String key,
            List<Message> messages) {}

    /** One event type on a stream, with its payload schema and its golden sample. */
    public record Message(
            String type,
            String name,
            String description,
            String exampleKey,
            List<Field> fields,
            JsonNode schema,
            JsonNode example) {}

    /** One payload field; nested fields are named by their path ({@code owner.email}). */
    public record Field(String path, String type, boolean required, String description, List<String> values) {}

    private record StreamInfo(
            String name, String topic, String title, String description, String publisher, String key) {}

    private static final List<StreamInfo> STREAMS = List.of(
            new StreamInfo(
                    "entry",
                    Topics.ENTRY,
                    "Stocktaking entries",
                    "The lifecycle of the stocktaking database's entries: submitted (or a new revision), "
                            + "published, returned for changes, rejected, withdrawn.",
                    "submission-service",
                    "The entry id: one entry's events stay in order."),
            new StreamInfo(
                    "moderation",
                    Topics.MODERATION,
                    "Moderation",
                    "Decisions taken in the moderation queue, and entries and forum posts hidden after community flags.",
                    "moderation-service",
                    "The moderated subject: the entry, nomination, convening item or forum post id."),
            new StreamInfo(
                    "prize",
                    Topics.PRIZE,
                    "WSIS Prizes",
                    "Editions and nominations: submitted, screened, shortlisted, the phases of an edition and "
                            + "its results.",
                    "prize-service",
                    "The nomination id, or edition-<year> for an edition's phases."),
            new StreamInfo(
                    "ballot",
                    Topics.BALLOT,
                    "Public vote",
                    "The public vote of the WSIS Prizes: one record per ballot, then the voter's completed "
                            + "ballot.",
                    "prize-service",
                    "The voter id: one voter's ballots and the completion of their ballot stay in order."),
            new StreamInfo(
                    "account",
                    Topics.ACCOUNT,
                    "Accounts",
                    "People's accounts as a whole: the erasure of an account, which every service applies.",
                    "notification-service",
                    "The account id (the identity provider's subject)."),
            new StreamInfo(
                    "convening",
                    Topics.CONVENING,
                    "OpenWSIS convening",
                    "Convenors' profiles and the issues they intend to address in a year: submitted (or a new "
                            + "revision), published, withdrawn; and contacts between convenors: requested, "
                            + "accepted.",
                    "convening-service",
                    "The profile or issue id (one item's events stay in order), or the contact's id."),
            new StreamInfo(
                    "community",
                    Topics.COMMUNITY,
                    "Community",
                    "The forum's posts: public (new or edited), with the people following the thread to "
                            + "write to; removed by a moderator or their author. The newsroom's posts, when first "
                            + "published. The repository's documents, sent for moderation or withdrawn.",
                    "community-service",
                    "The post or document id: one post's or document's events stay in order."));

    private static final JsonMapper JSON = EventJson.mapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String KAFKA_BINDING = "0.5.0";
    private static final String TRACEPARENT = "traceparent";

    private EventCatalogue() {}

    /** Every stream that carries events, with its messages in alphabetical order. */
    public static List<Stream> streams() {
        List<Stream> streams = new ArrayList<>();
        for (StreamInfo info : STREAMS) {
            List<Message> messages = StreamSupport.stream(EventTypes.all().spliterator(), false)
                    .filter(t -> t.topic().equals(info.topic()))
                    .sorted(Comparator.comparing(EventTypes.EventType::name))
                    .map(EventCatalogue::message)
                    .toList();
            streams.add(new Stream(
                    info.name(),
                    info.topic(),
                    info.title(),
                    info.description(),
                    info.publisher(),
                    info.key(),
                    messages));
        }
        return List.copyOf(streams);
    }

    /** The committed JSON Schema (draft-07) of an event type's payload. */
    public static JsonNode schema(String ceType) {
        String path = "/org/wsis/contracts/schema/" + ceType + ".json";
        try (InputStream in = EventCatalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema at " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Message message(EventTypes.EventType type) {
        JsonNode schema = schema(type.name());
        String golden = GoldenSamples.json(type.name());
        DomainEvent sample = EventJson.read(type.name(), golden.getBytes(StandardCharsets.UTF_8));
        List<Field> fields = new ArrayList<>();
        fields(schema, "", fields);
        return new Message(
                type.name(),
                type.recordType().getSimpleName(),
                schema.path("description").asString(""),
                sample.aggregateId(),
                List.copyOf(fields),
                schema,
                JSON.readTree(golden));
    }

    private static void fields(JsonNode schema, String prefix, List<Field> into) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode field = property.getValue();
            String path = prefix + property.getKey();
            List<String> values = new ArrayList<>();
            JsonNode enumeration = field.has("items") ? field.path("items").path("enum") : field.path("enum");
            enumeration.forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asString());
                }
            });
            into.add(new Field(
                    path,
                    typeOf(field),
                    required.contains(property.getKey()),
                    field.path("description").asString(""),
                    List.copyOf(values)));
            if (field.has("properties")) {
                fields(field, path + ".", into);
            }
        }
    }

    private static String typeOf(JsonNode field) {
        JsonNode type = field.path("type");
        String base = type.isArray() ? type.get(0).asString() : type.asString();
        if (base.equals("array")) {
            base = "array of " + typeOf(field.path("items"));
        }
        if (field.has("format")) {
            base += " (" + field.path("format").asString() + ")";
        }
        boolean nullable = type.isArray() && type.size() > 1;
        return nullable ? base + " or null" : base;
    }

    /** The whole catalogue as an AsyncAPI 3.0 document. */
    public static ObjectNode asyncApi() {
        ObjectNode document = NODES.objectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "WSIS platform: event catalogue");
        info.put("version", "1");
        info.put(
                "description",
                "The streams between the services of the WSIS platform. Every record is a CloudEvents 1.0 event "
                        + "in Kafka's binary mode: the attributes are record headers (ce_*), the payload is the "
                        + "event as JSON, the record key is the aggregate id. A change to an event is additive "
                        + "(a new optional field) or a new major topic; consumers ignore fields they do not "
                        + "know, and events they have already applied (by ce_id).");
        document.put("defaultContentType", CloudEventHeaders.JSON);
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (Stream stream : streams()) {
            ObjectNode channel = channels.putObject(stream.name());
            channel.put("address", stream.topic());
            channel.put("title", stream.title());
            channel.put("description", stream.description() + " Published by " + stream.publisher() + ".");
            ObjectNode channelMessages = channel.putObject("messages");
            channel.putObject("bindings")
                    .putObject("kafka")
                    .put("topic", stream.topic())
                    .put("bindingVersion", KAFKA_BINDING);
            ObjectNode operation = operations.putObject(stream.name() + "Published");
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + stream.name());
            operation.put("summary", stream.publisher() + " publishes on " + stream.topic() + ".");
            ArrayNode operationMessages = operation.putArray("messages");
            for (Message message : stream.messages()) {
                messages.set(message.type(), asyncApiMessage(stream, message));
                channelMessages.putObject(message.name()).put("$ref", "#/components/messages/" + message.type());
                operationMessages
                        .addObject()
                        .put("$ref", "#/channels/" + stream.name() + "/messages/" + message.name());
            }
        }
        return document;
    }

    private static ObjectNode asyncApiMessage(Stream stream, Message message) {
        ObjectNode node = NODES.objectNode();
        node.put("name", message.name());
        node.put("title", message.name());
        node.put("summary", message.description());
        node.put("contentType", CloudEventHeaders.JSON);
        node.set("headers", headers(stream, message));
        ObjectNode payload = (ObjectNode) message.schema().deepCopy();
        payload.remove("$schema");
        node.set("payload", openToAdditions(payload));
        node.putObject("correlationId")
                .put("description", "The event id, for de-duplication.")
                .put("location", "$message.header#/" + CloudEventHeaders.ID);
        ObjectNode kafka = node.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", stream.key());
        kafka.put("bindingVersion", KAFKA_BINDING);
        ObjectNode example = node.putArray("examples").addObject();
        example.put("name", "golden-sample");
        example.put("summary", "The golden sample every producer and consumer of this event is tested against.");
        example.putObject("headers")
                .put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE)
                .put(CloudEventHeaders.ID, message.example().path("eventId").asString())
                .put(CloudEventHeaders.TYPE, message.type())
                .put(CloudEventHeaders.SOURCE, stream.publisher())
                .put(
                        CloudEventHeaders.TIME,
                        message.example().path("occurredAt").asString())
                .put(CloudEventHeaders.SUBJECT, message.exampleKey())
                .put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        example.set("payload", message.example());
        return node;
    }

    /**
     * The schema as consumers must read it: the committed schemas refuse unknown fields, so that the build
     * catches a golden sample that drifted from its record, but a consumer ignores fields it does not know
     * (a new optional field is an additive change), so the published payloads allow them.
     */
    private static ObjectNode openToAdditions(ObjectNode schema) {
        schema.remove("additionalProperties");
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (property.getValue() instanceof ObjectNode nested) {
                openToAdditions(nested);
            }
        }
        if (schema.path("items") instanceof ObjectNode items) {
            openToAdditions(items);
        }
        return schema;
    }

    private static ObjectNode headers(Stream stream, Message message) {
        ObjectNode headers = NODES.objectNode();
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        header(properties, CloudEventHeaders.SPEC_VERSION, "The CloudEvents version.")
                .put("const", CloudEventHeaders.SPEC_VERSION_VALUE);
        header(properties, CloudEventHeaders.ID, "The event id, the payload's eventId.")
                .put("format", "uuid");
        header(properties, CloudEventHeaders.TYPE, "Selects the payload's record.")
                .put("const", message.type());
        header(properties, CloudEventHeaders.SOURCE, "The publishing service.").put("const", stream.publisher());
        header(properties, CloudEventHeaders.TIME, "When the change happened, the payload's occurredAt.")
                .put("format", "date-time");
        header(properties, CloudEventHeaders.SUBJECT, "The aggregate id, also the record key.");
        header(properties, CloudEventHeaders.CONTENT_TYPE, "The payload's media type.")
                .put("const", CloudEventHeaders.JSON);
        header(properties, TRACEPARENT, "The W3C trace context of the request that caused the event, if traced.");
        ArrayNode required = headers.putArray("required");
        List.of(
                        CloudEventHeaders.SPEC_VERSION,
                        CloudEventHeaders.ID,
                        CloudEventHeaders.TYPE,
                        CloudEventHeaders.SOURCE,
                        CloudEventHeaders.TIME,
                        CloudEventHeaders.SUBJECT,
                        CloudEventHeaders.CONTENT_TYPE)
                .forEach(required::add);
        return headers;
    }

    private static ObjectNode header(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("type", "string").put("description", description);
    }
}
