package org.wsis.prize;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.nomination.Nominations;
import org.wsis.prize.vote.Votes;
import org.wsis.servicekit.outbox.OutboxCollections;

/** The collections whose documents carry events for the outbox relay. */
@Configuration
class PrizeOutbox {

    @Bean
    OutboxCollections prizeOutboxCollections() {
        return OutboxCollections.of(Editions.COLLECTION, Nominations.COLLECTION, Votes.COLLECTION);
    }
}
