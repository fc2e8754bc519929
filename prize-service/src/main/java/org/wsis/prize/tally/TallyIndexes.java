package org.wsis.prize.tally;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.servicekit.mongo.ExactMatchIndex;

/** The tally buckets are written conditionally on {@code (_id, v)}. */
@Configuration
class TallyIndexes {

    @Bean
    ExactMatchIndex tallyBuckets() {
        return ExactMatchIndex.of(Tallies.COLLECTION, "_id", Tallies.BUCKET_VERSION);
    }
}
