package org.wsis.submission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.servicekit.outbox.OutboxCollections;
import org.wsis.submission.entry.mongo.EntryStore;

/** The collections whose documents carry events for the outbox relay: the entries. */
@Configuration
class SubmissionOutbox {

    @Bean
    OutboxCollections entryOutbox() {
        return OutboxCollections.of(EntryStore.COLLECTION);
    }
}
