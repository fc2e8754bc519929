package org.wsis.contracts.catalogue;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The structure an event record has on the wire, as a JSON Schema (draft-07) without words: property
 * names, types, formats, enumerations, what is required. The committed schemas must have exactly this
 * structure; their titles and descriptions are written by hand.
 */
final class RecordSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordSchemas() {}

    static ObjectNode of(Class<? extends Record> type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent component : type.getRecordComponents()) {
            AnnotatedType annotated = component.getAnnotatedType();
            boolean nullable = annotated.isAnnotationPresent(Nullable.class);
            properties.set(component.getName(), of(component.getGenericType(), nullable));
            if (!nullable) {
                required.add(component.getName());
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode of(Type type, boolean nullable) {
        ObjectNode schema;
        if (type instanceof ParameterizedType list
                && list.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            schema = NODES.objectNode();
            schema.put("type", "array");
            schema.set("items", of(list.getActualTypeArguments()[0], false));
        } else if (type instanceof Class<?> c && c.isRecord()) {
            @SuppressWarnings("unchecked")
            Class<? extends Record> record = (Class<? extends Record>) c;
            schema = of(record);
        } else if (type instanceof Class<?> c && c.isEnum()) {
            schema = simple("string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            if (nullable) {
                values.addNull();
            }
        } else if (type == String.class) {
            schema = simple("string");
        } else if (type == UUID.class) {
            schema = simple("string");
            schema.put("format", "uuid");
        } else if (type == Instant.class) {
            schema = simple("string");
            schema.put("format", "date-time");
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            schema = simple("integer");
        } else if (type == boolean.class || type == Boolean.class) {
            schema = simple("boolean");
        } else {
            throw new IllegalArgumentException("No JSON Schema for " + type.getTypeName());
        }
        if (nullable) {
            String single = schema.get("type").asString();
            schema.putArray("type").add(single).add("null");
        }
        return schema;
    }

    private static ObjectNode simple(String type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", type);
        return schema;
    }
}
