package org.wsis.prize;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.prize.edition.mongo.EditionStore;
import org.wsis.prize.nomination.mongo.NominationStore;
import org.wsis.prize.vote.mongo.VoterStore;
import org.wsis.servicekit.outbox.OutboxCollections;

/** The collections whose documents carry events for the outbox relay. */
@Configuration
class PrizeOutbox {

    @Bean
    OutboxCollections prizeOutboxCollections() {
        return OutboxCollections.of(EditionStore.COLLECTION, NominationStore.COLLECTION, VoterStore.COLLECTION);
    }
}
