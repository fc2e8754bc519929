package org.wsis.servicekit.mongo;

import java.util.List;

/**
 * A unique index a service's conditional writes need where the database answers a query from an index
 * only when the query names exactly that index's fields (see {@link ExactMatchIndexesAutoConfiguration}).
 * Declare it as a bean.
 */
public record ExactMatchIndex(String collection, List<String> fields) {

    public ExactMatchIndex {
        fields = List.copyOf(fields);
    }

    public static ExactMatchIndex of(String collection, String... fields) {
        return new ExactMatchIndex(collection, List.of(fields));
    }
}
