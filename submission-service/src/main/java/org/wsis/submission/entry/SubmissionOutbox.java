package org.wsis.submission.entry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.servicekit.outbox.OutboxCollections;
import org.wsis.submission.entry.mongo.EntryStore;

@Configuration
class SubmissionOutbox {

    @Bean
    OutboxCollections entryOutbox() {
        return OutboxCollections.of(EntryStore.COLLECTION);
    }
}
