package org.wsis.notification.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.notification.TestEvents.someone;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.DomainEvent;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.EventTypes;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ContactAccepted;
import org.wsis.contracts.convening.EventReminderDue;
import org.wsis.contracts.convening.SimilarIssuesFound;
import org.wsis.notification.TestEvents;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.NotificationType;

/** The routing table, event by event. */
class RoutesTest {

    private final Recipient amina = someone("Amina Diallo", "fr");

    private static List<String> keys(DomainEvent event) {
        return Routes.of(event).stream()
                .map(r -> r.audience().getClass().getSimpleName() + " "
                        + r.notice().key())
                .toList();
    }

    @Test
    void theOwnerHearsOfEachStatusOfTheirEntryAndModeratorsOfWhatWaits() {
        assertThat(keys(TestEvents.submitted(amina, "e1", "Broadband")))
                .containsExactly("Person entry.received", "Moderators queue.entry");
        assertThat(keys(TestEvents.published(amina, "e1", "Broadband"))).containsExactly("Person entry.published");
        assertThat(keys(TestEvents.returned(amina, "e1", "Broadband", "Add the budget", null)))
                .containsExactly("Person entry.changes-requested");
        assertThat(keys(TestEvents.rejected(amina, "e1", "Broadband", "Not ICT", true)))
                .containsExactly("Person entry.rejected");
        assertThat(keys(TestEvents.hidden("e1", 3)))
                .containsExactly("EntryOwner entry.hidden", "Moderators queue.flagged");
    }

    @Test
    void aRejectionSaysWhetherItCanBeAppealedAndAChangeRequestWhetherThePublishedVersionStays() {
        Notice appealable = Routes.of(TestEvents.rejected(amina, "e1", "Broadband", "Not ICT", true))
                .getFirst()
                .notice();
        Notice onAppeal = Routes.of(TestEvents.rejected(amina, "e1", "Broadband", "Not ICT", false))
                .getFirst()
                .notice();
        Notice revision = Routes.of(TestEvents.returned(amina, "e1", "Broadband", "Add the budget", 1))
                .getFirst()
                .notice();

        assertThat(appealable.extraKeys()).containsExactly("entry.may-appeal");
        assertThat(appealable.quote()).isEqualTo("Not ICT");
        assertThat(onAppeal.extraKeys()).containsExactly("entry.decision-final");
        assertThat(revision.extraKeys()).containsExactly("entry.published-stays-online");
    }

    @Test
    void prizeEventsReachNominationOwnersNomineeOwnersAndModerators() {
        assertThat(keys(TestEvents.nominated(amina, "n1", 2027, "Broadband")))
                .containsExactly("Moderators queue.nomination");
        assertThat(keys(TestEvents.screened(amina, "n1", 2027, "Broadband", true, null)))
                .containsExactly("Person nomination.eligible");
        assertThat(keys(TestEvents.screened(amina, "n1", 2027, "Broadband", false, "Duplicate")))
                .containsExactly("Person nomination.ineligible");
        assertThat(keys(TestEvents.shortlisted(amina, "n1", 2027, "Broadband")))
                .containsExactly("Person nomination.shortlisted");
        assertThat(keys(TestEvents.phase(2027, "VOTING"))).containsExactly("NomineeOwners prize.voting-open");
        assertThat(keys(TestEvents.phase(2027, "RESULTS_PUBLISHED")))
                .containsExactly("NomineeOwners prize.results-published");
        assertThat(keys(TestEvents.phase(2027, "SELECTION"))).isEmpty();
        assertThat(keys(TestEvents.awarded(amina, "n1", 2027, "Broadband", "CHAMPION")))
                .containsExactly("Person prize.champion");
        assertThat(keys(TestEvents.awarded(amina, "n1", 2027, "Broadband", "WINNER")))
                .containsExactly("Person prize.winner");
    }

    @Test
    void eachNoticeHasTheTypeItsPreferenceIsSetBy() {
        assertThat(Routes.of(TestEvents.submitted(amina, "e1", "B")).stream()
                        .map(r -> r.notice().type()))
                .containsExactly(NotificationType.ENTRY_STATUS, NotificationType.MODERATION_QUEUE);
        assertThat(Routes.of(TestEvents.shortlisted(amina, "n1", 2027, "B"))
                        .getFirst()
                        .notice()
                        .type())
                .isEqualTo(NotificationType.NOMINATIONS);
        assertThat(Routes.of(TestEvents.phase(2027, "VOTING"))
                        .getFirst()
                        .notice()
                        .type())
                .isEqualTo(NotificationType.PRIZE_RESULTS);
    }

    @Test
    void everyGoldenSampleOfEveryStreamIsRoutedWithoutFailing() {
        int notices = 0;
        for (EventTypes.EventType type : EventTypes.all()) {
            DomainEvent event =
                    EventJson.read(type.name(), GoldenSamples.json(type.name()).getBytes(StandardCharsets.UTF_8));
            for (Routes.Routed routed : Routes.of(event)) {
                assertThat(routed.notice().path()).startsWith("/");
                notices++;
            }
        }
        assertThat(notices).isGreaterThan(10);
    }

    @Test
    void bothSidesOfAnAcceptedContactReceiveTheOthersDetailsAndNeverTheirOwn() {
        ContactAccepted accepted = (ContactAccepted) EventJson.read(
                "org.wsis.convening.ContactAccepted",
                GoldenSamples.json("org.wsis.convening.ContactAccepted").getBytes(StandardCharsets.UTF_8));
        List<Routes.Routed> routed = Routes.of(accepted);
        assertThat(routed)
                .hasSize(accepted.from().managers().size()
                        + accepted.to().managers().size());
        for (Routes.Routed r : routed) {
            Recipient to = ((Audience.Person) r.audience()).recipient();
            boolean asker = accepted.from().managers().contains(to);
            ContactAccepted.Party other = asker ? accepted.to() : accepted.from();
            ContactAccepted.Party own = asker ? accepted.from() : accepted.to();
            assertThat(r.notice().args().get("contactEmail")).isEqualTo(other.contactEmail());
            assertThat(r.notice().args().values()).doesNotContain(own.contactEmail());
            assertThat(r.notice().type()).isEqualTo(NotificationType.CONVENING);
        }
    }

    @Test
    void aReminderStatesTheEventsTimesInItsOwnZoneInTheFollowersLanguage() {
        EventReminderDue due = (EventReminderDue) EventJson.read(
                "org.wsis.convening.EventReminderDue",
                GoldenSamples.json("org.wsis.convening.EventReminderDue").getBytes(StandardCharsets.UTF_8));
        // 07:00 to 15:00 UTC on 12 May 2027 is 09:00 to 17:00 in Geneva.
        assertThat(ConveningRoutes.when(due, "en"))
                .contains("Wednesday, May 12, 2027")
                .contains("9:00")
                .contains("5:00")
                .endsWith("(Europe/Zurich)");
        assertThat(ConveningRoutes.when(due, "fr"))
                .startsWith("mercredi 12 mai 2027")
                .contains("09:00 \u2013 17:00");
        assertThat(ConveningRoutes.when(due, "es"))
                .contains("12 de mayo de 2027")
                .contains("9:00")
                .contains("17:00");
        assertThat(ConveningRoutes.when(due, "ar"))
                .as("written in Arabic")
                .isNotEqualTo(ConveningRoutes.when(due, "en"))
                .contains("2027");
        assertThat(keys(due)).containsExactly("Person calendar.reminder");
        assertThat(Routes.of(due).getFirst().notice().type()).isEqualTo(NotificationType.EVENT_REMINDERS);
    }

    @Test
    void theManagersOfSimilarIssuesHearOfANewOneInAnOptInWeeklyDigestGroupedByTheirOwnIssue() {
        SimilarIssuesFound found = (SimilarIssuesFound) EventJson.read(
                "org.wsis.convening.SimilarIssuesFound",
                GoldenSamples.json("org.wsis.convening.SimilarIssuesFound").getBytes(StandardCharsets.UTF_8));
        List<Routes.Routed> routed = Routes.of(found);
        assertThat(routed).hasSize(1);
        Notice notice = routed.getFirst().notice();
        assertThat(((Audience.Person) routed.getFirst().audience()).recipient().displayName())
                .isEqualTo("Wanjiru Kamau");
        assertThat(notice.type()).isEqualTo(NotificationType.SIMILAR_ISSUES);
        assertThat(notice.subjectId()).isEqualTo(found.matches().getFirst().issueId());
        assertThat(notice.path()).isEqualTo("/convening/issues/" + found.issueId());
        assertThat(NotificationType.SIMILAR_ISSUES.byDefault()).isEqualTo(Frequency.OFF);
        assertThat(NotificationType.SIMILAR_ISSUES.allows(Frequency.IMMEDIATE)).isFalse();
    }
}
