package org.wsis.servicekit.mongo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.wsis.servicekit.outbox.AggregateDocuments;
import org.wsis.servicekit.outbox.OutboxCollections;

/**
 * With {@code wsis.mongo.exact-match-indexes=true}: unique indexes over {@code (_id, version)} of every
 * aggregate collection, and over whatever {@link ExactMatchIndex} a service declares.
 *
 * <p>Why: a versioned write matches {@code {_id, version}}. MongoDB answers it from the {@code _id}
 * index. The wire-protocol server used by the tests and the local stack answers a query from an index
 * only when the query names exactly the index's fields, and otherwise scans the whole collection, so
 * every vote would scan every voter. These indexes give it the exact match. They are redundant on
 * MongoDB (the {@code _id} index already decides), so production leaves the setting off; the test kit
 * and the local stack turn it on for the wire-protocol server they start.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "wsis.mongo.exact-match-indexes", havingValue = "true")
public class ExactMatchIndexesAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExactMatchIndexesAutoConfiguration.class);

    @Bean
    SmartInitializingSingleton exactMatchIndexes(
            MongoOperations mongo,
            ObjectProvider<OutboxCollections> aggregates,
            ObjectProvider<ExactMatchIndex> declared) {
        return () -> {
            List<ExactMatchIndex> indexes = new ArrayList<>();
            aggregates
                    .orderedStream()
                    .flatMap(c -> c.names().stream())
                    .distinct()
                    .forEach(c -> indexes.add(ExactMatchIndex.of(c, "_id", AggregateDocuments.VERSION)));
            declared.orderedStream().forEach(indexes::add);
            for (ExactMatchIndex index : indexes) {
                Index definition = new Index().unique().named(String.join("_", index.fields()) + "_exact");
                index.fields().forEach(field -> definition.on(field, Sort.Direction.ASC));
                mongo.indexOps(index.collection()).createIndex(definition);
            }
            log.info("Exact-match indexes for the wire-protocol server: {}", indexes);
        };
    }
}
