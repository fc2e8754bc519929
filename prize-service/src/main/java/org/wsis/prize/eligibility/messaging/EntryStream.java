package org.wsis.prize.eligibility.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.prize.eligibility.EligibleEntries;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * Consumes {@code wsis.entry.v1}: published entries may be nominated; a withdrawal, or a rejection or
 * return that takes an entry out of public view, makes it ineligible again.
 */
@Configuration
public class EntryStream {

    @Bean
    Consumer<Message<byte[]>> entryEvents(InboundEvents inbound, EligibleEntries entries) {
        return message -> inbound.handle("prize-eligibility", message, event -> {
            switch (event) {
                case EntryPublished published -> entries.on(published);
                case EntryWithdrawn withdrawn -> entries.on(withdrawn);
                case EntryRejected rejected
                when rejected.publishedRevision() == null -> entries.unpublished(rejected.entryId());
                case EntryReturnedForChanges returned
                when returned.publishedRevision() == null -> entries.unpublished(returned.entryId());
                default -> {}
            }
        });
    }
}
