package org.wsis.prize.tally.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.servicekit.mongo.ExactMatchIndex;

/** The tally buckets are written conditionally on {@code (_id, v)}. */
@Configuration
class TallyIndexes {

    @Bean
    ExactMatchIndex tallyBucketIndex() {
        return ExactMatchIndex.of(TallyBuckets.COLLECTION, "_id", TallyBuckets.BUCKET_VERSION);
    }
}
