package org.wsis.contracts.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.EventTypes;
import org.wsis.contracts.GoldenSamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed JSON Schemas are the contract people read and tools generate from: each has exactly its
 * record's structure, documents every field, accepts its golden sample, and refuses a sample that drifted.
 */
class EventSchemasTest {

    static Stream<String> everyEventType() {
        return StreamSupport.stream(EventTypes.all().spliterator(), false).map(EventTypes.EventType::name);
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void theCommittedSchemaHasExactlyTheStructureOfTheEventRecord(String ceType) {
        @SuppressWarnings("unchecked")
        Class<? extends Record> record = (Class<? extends Record>)
                EventTypes.byName(ceType).orElseThrow().recordType();

        JsonNode expected = RecordSchemas.of(record);
        JsonNode committed;
        try {
            committed = withoutWords(EventCatalogue.schema(ceType).deepCopy());
        } catch (IllegalArgumentException missing) {
            throw new AssertionError("No schema for " + ceType + "; its structure, to describe by hand, is:\n"
                    + expected.toPrettyString());
        }

        assertThat(committed)
                .as("src/main/resources/org/wsis/contracts/schema/%s.json against %s", ceType, record.getName())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void everyFieldOfTheSchemaIsDescribed(String ceType) {
        JsonNode schema = EventCatalogue.schema(ceType);

        assertThat(schema.path("title").asString()).isEqualTo(ceType.substring(ceType.lastIndexOf('.') + 1));
        assertThat(schema.path("description").asString()).isNotBlank();
        assertThat(undescribed(schema, "")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void theGoldenSampleIsValidAgainstItsSchema(String ceType) {
        JsonNode golden = EventJson.mapper().readTree(GoldenSamples.json(ceType));

        assertThat(SchemaValidation.errors(EventCatalogue.schema(ceType), golden))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void aSampleWithARenamedFieldOrAMalformedIdIsRefused(String ceType) {
        JsonNode schema = EventCatalogue.schema(ceType);
        ObjectNode renamed = (ObjectNode) EventJson.mapper().readTree(GoldenSamples.json(ceType));
        renamed.set("occurred_at", renamed.remove("occurredAt"));
        ObjectNode malformed = (ObjectNode) EventJson.mapper().readTree(GoldenSamples.json(ceType));
        malformed.put("eventId", "not-a-uuid");

        assertThat(SchemaValidation.errors(schema, renamed))
                .anyMatch(e -> e.contains("occurredAt"))
                .anyMatch(e -> e.contains("occurred_at"));
        assertThat(SchemaValidation.errors(schema, malformed)).anyMatch(e -> e.contains("eventId"));
    }

    private static JsonNode withoutWords(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            object.remove(List.of("$schema", "title", "description"));
            for (Map.Entry<String, JsonNode> property :
                    object.path("properties").properties()) {
                withoutWords(property.getValue());
            }
            withoutWords(object.path("items"));
        }
        return schema;
    }

    private static List<String> undescribed(JsonNode schema, String prefix) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String path = prefix + property.getKey();
            if (property.getValue().path("description").asString("").isBlank()) {
                missing.add(path);
            }
            missing.addAll(undescribed(property.getValue(), path + "."));
        }
        return missing;
    }
}
