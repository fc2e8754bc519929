package org.wsis.contracts.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.EventTypes;
import org.wsis.contracts.GoldenSamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventCatalogueTest {

    @Test
    void theDocumentIsAValidAsyncApiDocument() throws Exception {
        JsonNode asyncApiSchema;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            asyncApiSchema = EventJson.mapper().readTree(in);
        }

        assertThat(SchemaValidation.errors(asyncApiSchema, EventCatalogue.asyncApi()))
                .isEmpty();
    }

    @Test
    void aDocumentBrokenOnPurposeIsRefusedByTheAsyncApiSchema() throws Exception {
        JsonNode asyncApiSchema;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            asyncApiSchema = EventJson.mapper().readTree(in);
        }
        ObjectNode broken = EventCatalogue.asyncApi();
        ((ObjectNode) broken.path("operations").path("entryPublished")).put("action", "publish");

        assertThat(SchemaValidation.errors(asyncApiSchema, broken)).isNotEmpty();
    }

    @Test
    void everyEventTypeIsAMessageOfTheChannelOfItsTopicWithItsSchemaAndGoldenSample() {
        JsonNode document = EventCatalogue.asyncApi();

        for (EventTypes.EventType type : EventTypes.all()) {
            JsonNode message = document.path("components").path("messages").path(type.name());
            String channel = channelOf(document, type.topic());
            String name = type.recordType().getSimpleName();

            assertThat(document.path("channels")
                            .path(channel)
                            .path("messages")
                            .path(name)
                            .path("$ref")
                            .asString())
                    .isEqualTo("#/components/messages/" + type.name());
            JsonNode payload = message.path("payload");
            assertThat(payload.path("title").asString()).isEqualTo(name);
            assertThat(payload.path("properties").propertyNames())
                    .containsExactlyElementsOf(EventCatalogue.schema(type.name())
                            .path("properties")
                            .propertyNames());
            assertThat(message.path("examples").get(0).path("payload"))
                    .isEqualTo(EventJson.mapper().readTree(GoldenSamples.json(type.name())));
            assertThat(message.path("headers")
                            .path("properties")
                            .path("ce_type")
                            .path("const")
                            .asString())
                    .isEqualTo(type.name());
            assertThat(payload.toString())
                    .as("%s: a consumer reads records with fields it does not know yet", type.name())
                    .doesNotContain("additionalProperties");
        }
    }

    @Test
    void everyExampleCarriesHeadersItsMessageAccepts() {
        JsonNode messages = EventCatalogue.asyncApi().path("components").path("messages");

        for (String type : messages.propertyNames()) {
            JsonNode message = messages.path(type);
            JsonNode example = message.path("examples").get(0);

            assertThat(SchemaValidation.errors(message.path("headers"), example.path("headers")))
                    .as(type)
                    .isEmpty();
            assertThat(example.path("headers").path("ce_subject").asString())
                    .as(type)
                    .isNotBlank();
        }
    }

    @Test
    void theCatalogueListsEveryEventTypeOnceAndEveryStreamWithAPublisher() {
        List<EventCatalogue.Stream> streams = EventCatalogue.streams();
        Set<String> listed = streams.stream()
                .flatMap(s -> s.messages().stream())
                .map(EventCatalogue.Message::type)
                .collect(Collectors.toSet());
        Set<String> registered = StreamSupport.stream(EventTypes.all().spliterator(), false)
                .map(EventTypes.EventType::name)
                .collect(Collectors.toSet());

        assertThat(listed).isEqualTo(registered);
        assertThat(streams).allSatisfy(s -> {
            assertThat(s.publisher()).endsWith("-service");
            assertThat(s.messages()).isNotEmpty();
        });
        EventCatalogue.Message rejected = streams.stream()
                .flatMap(s -> s.messages().stream())
                .filter(m -> m.name().equals("EntryRejected"))
                .findFirst()
                .orElseThrow();
        assertThat(rejected.fields())
                .extracting(EventCatalogue.Field::path)
                .contains("owner.email", "publishedRevision");
        assertThat(rejected.fields())
                .filteredOn(f -> f.path().equals("publishedRevision"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.required()).isFalse();
                    assertThat(f.type()).isEqualTo("integer or null");
                });
    }

    private static String channelOf(JsonNode document, String topic) {
        for (String name : document.path("channels").propertyNames()) {
            if (document.path("channels").path(name).path("address").asString().equals(topic)) {
                return name;
            }
        }
        throw new AssertionError("No channel for " + topic);
    }
}
