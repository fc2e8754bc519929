package org.wsis.contracts.catalogue;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Validates JSON against a draft-07 schema, formats (uuid, date-time) asserted, not only annotated. */
final class SchemaValidation {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private SchemaValidation() {}

    /** What is wrong with {@code instance}, one line per error; empty when it is valid. */
    static List<String> errors(JsonNode schema, JsonNode instance) {
        return REGISTRY.getSchema(schema).validate(instance).stream()
                .map(Error::toString)
                .toList();
    }
}
