package org.wsis.convening;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.convening.calendar.mongo.EventStore;
import org.wsis.convening.calendar.mongo.FollowStore;
import org.wsis.convening.contact.mongo.ContactStore;
import org.wsis.convening.convenor.mongo.ConvenorStore;
import org.wsis.convening.convenor.mongo.InvitationMailStore;
import org.wsis.convening.directory.mongo.AnnouncementStore;
import org.wsis.convening.issue.mongo.IssueStore;
import org.wsis.convening.outcome.mongo.OutcomeStore;
import org.wsis.convening.programme.mongo.ProgrammeStore;
import org.wsis.convening.workshop.mongo.WorkshopStore;
import org.wsis.servicekit.outbox.OutboxCollections;

/**
 * The collections whose documents carry events for the outbox relay: convenors, their issues, the requests
 * to connect, the calendar's events, the follows that remind people of them, the announcements of
 * similar issues, the workshops (their invitations and answers) and the programmes (their publications) and the workshops' outcomes.
 */
@Configuration
class ConveningOutbox {

    @Bean
    OutboxCollections conveningItemsOutbox() {
        return OutboxCollections.of(
                ConvenorStore.COLLECTION,
                IssueStore.COLLECTION,
                ContactStore.COLLECTION,
                EventStore.COLLECTION,
                FollowStore.COLLECTION,
                AnnouncementStore.COLLECTION,
                InvitationMailStore.COLLECTION,
                WorkshopStore.COLLECTION,
                ProgrammeStore.COLLECTION,
                OutcomeStore.COLLECTION);
    }
}
