package org.wsis.servicekit.outbox;

import java.util.List;

/**
 * A service's declaration of the MongoDB collections whose documents carry an {@code outbox} array.
 * Declare it as a bean; the relay watches exactly these.
 */
public record OutboxCollections(List<String> names) {

    public OutboxCollections {
        names = List.copyOf(names);
    }

    public static OutboxCollections of(String... names) {
        return new OutboxCollections(List.of(names));
    }
}
