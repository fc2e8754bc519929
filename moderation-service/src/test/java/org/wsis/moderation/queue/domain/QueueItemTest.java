package org.wsis.moderation.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.moderation.EntryHiddenPendingReview;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.ItemKind;
import org.wsis.moderation.queue.domain.AuditRecord.Action;

class QueueItemTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(15);

    private static QueueItem aPendingItem() {
        return QueueItem.forEntry("e1", 2, "Rural broadband", "amina", List.of("C2"), NOW);
    }

    private static QueueItem claimedBy(String moderator) {
        QueueItem item = aPendingItem();
        item.claim(moderator, NOW, LEASE);
        return item;
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (ModerationRefused e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void anItemIsIdentifiedByItsKindEntryAndRevision() {
        assertThat(aPendingItem().id()).isEqualTo("entry:e1:2");
        assertThat(QueueItem.flagged(ModerationDecided.SubjectType.ENTRY, "e1", 2, "t", "amina", List.of(), 3, NOW)
                        .id())
                .isEqualTo("flagged:e1:2");
    }

    @Test
    void aClaimedItemIsRefusedToAnotherModeratorUntilTheLeaseRunsOut() {
        QueueItem item = claimedBy("omar");

        assertThat(code(() -> item.claim("lena", NOW.plusSeconds(60), LEASE))).isEqualTo("already-claimed");

        item.claim("lena", NOW.plus(LEASE), LEASE);
        assertThat(item.snapshot().claimedBy()).isEqualTo("lena");
        assertThat(item.audit())
                .extracting(AuditRecord::action)
                .containsExactly(Action.QUEUED, Action.CLAIMED, Action.LEASE_EXPIRED, Action.CLAIMED);
    }

    @Test
    void anExpiredLeaseReturnsTheItemToTheQueue() {
        QueueItem item = claimedBy("omar");

        assertThat(item.expireLease(NOW.plusSeconds(60))).isFalse();
        assertThat(item.expireLease(NOW.plus(LEASE))).isTrue();

        assertThat(item.state()).isEqualTo(ItemState.PENDING);
        assertThat(item.audit()).last().satisfies(a -> {
            assertThat(a.action()).isEqualTo(Action.LEASE_EXPIRED);
            assertThat(a.by()).isEqualTo(QueueItem.SYSTEM);
        });
    }

    @Test
    void onlyTheClaimantDecidesOrReleases() {
        QueueItem unclaimed = aPendingItem();
        QueueItem item = claimedBy("omar");

        assertThat(code(() -> unclaimed.decide("omar", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW)))
                .isEqualTo("not-claimed");
        assertThat(code(() -> item.decide("lena", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW)))
                .isEqualTo("claimed-by-another");
        assertThat(code(() -> item.release("lena", NOW))).isEqualTo("claimed-by-another");

        item.release("omar", NOW);
        assertThat(item.state()).isEqualTo(ItemState.PENDING);
    }

    @Test
    void approvingAnnouncesTheDecisionForTheReviewedRevision() {
        QueueItem item = claimedBy("omar");

        item.decide("omar", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW);

        assertThat(item.state()).isEqualTo(ItemState.DECIDED);
        assertThat(item.pendingEvents()).singleElement().isInstanceOfSatisfying(ModerationDecided.class, e -> {
            assertThat(e.subjectId()).isEqualTo("e1");
            assertThat(e.subjectRevision()).isEqualTo(2);
            assertThat(e.decision()).isEqualTo(Decision.APPROVED);
            assertThat(e.itemKind()).isEqualTo(ItemKind.REVIEW);
            assertThat(e.moderatorId()).isEqualTo("omar");
        });
    }

    @Test
    void rejectingOrAskingForChangesRequiresAMessageToTheAuthor() {
        QueueItem item = claimedBy("omar");

        assertThat(code(() -> item.decide("omar", Decision.REJECTED, ReasonCode.DUPLICATE, "  ", NOW)))
                .isEqualTo("message-required");
        assertThat(code(() -> item.decide("omar", Decision.CHANGES_REQUESTED, ReasonCode.INCOMPLETE, null, NOW)))
                .isEqualTo("message-required");
        assertThat(item.state()).isEqualTo(ItemState.CLAIMED);
        assertThat(item.pendingEvents()).isEmpty();
    }

    @Test
    void aDecidedItemCannotBeClaimedOrDecidedAgain() {
        QueueItem item = claimedBy("omar");
        item.decide("omar", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW);

        assertThat(code(() -> item.claim("lena", NOW, LEASE))).isEqualTo("not-pending");
        assertThat(code(() -> item.decide("omar", Decision.REJECTED, ReasonCode.OTHER, "No", NOW)))
                .isEqualTo("not-claimed");
    }

    @Test
    void theAuthorAppealsARejectionOnceAndAnotherModeratorDecidesTheAppeal() {
        QueueItem rejected = claimedBy("omar");
        rejected.decide("omar", Decision.REJECTED, ReasonCode.NOT_ICT_FOR_DEVELOPMENT, "No ICT component", NOW);

        assertThat(code(() -> rejected.appeal("boris", "Please look again", NOW)))
                .isEqualTo("not-author");
        QueueItem appeal = rejected.appeal("amina", "The platform is a mobile app for farmers.", NOW);

        assertThat(rejected.state()).isEqualTo(ItemState.APPEALED);
        assertThat(code(() -> rejected.appeal("amina", "Again", NOW))).isEqualTo("already-appealed");
        assertThat(appeal.id()).isEqualTo("appeal:e1:2");
        assertThat(appeal.kind()).isEqualTo(ItemKind.APPEAL);

        appeal.claim("omar", NOW, LEASE);
        assertThat(code(() -> appeal.decide("omar", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW)))
                .isEqualTo("appeal-needs-another-moderator");
        appeal.release("omar", NOW);
        appeal.claim("lena", NOW, LEASE);
        appeal.decide("lena", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW);
        assertThat(appeal.pendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ModerationDecided.class, e -> assertThat(e.itemKind()).isEqualTo(ItemKind.APPEAL));
    }

    @Test
    void onlyARejectionCanBeAppealed() {
        QueueItem approved = claimedBy("omar");
        approved.decide("omar", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW);

        assertThat(code(() -> approved.appeal("amina", "Why?", NOW))).isEqualTo("not-rejected");
    }

    @Test
    void aFlaggedItemAnnouncesThatTheEntryIsHidden() {
        QueueItem flagged = QueueItem.flagged(
                ModerationDecided.SubjectType.ENTRY, "e1", 2, "Rural broadband", "amina", List.of("C2"), 3, NOW);

        assertThat(flagged.kind()).isEqualTo(ItemKind.FLAGGED);
        assertThat(flagged.pendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(EntryHiddenPendingReview.class, e -> {
                    assertThat(e.entryId()).isEqualTo("e1");
                    assertThat(e.revision()).isEqualTo(2);
                    assertThat(e.flagCount()).isEqualTo(3);
                });
    }

    /** Every kind of item, about something Amina wrote: her entry, her nomination, flags on it, her appeal. */
    private static List<QueueItem> itemsAboutAminasWork() {
        QueueItem rejected = QueueItem.forEntry("e1", 2, "Rural broadband", "amina", List.of("C2"), NOW);
        rejected.claim("omar", NOW, LEASE);
        rejected.decide("omar", Decision.REJECTED, ReasonCode.NOT_ICT_FOR_DEVELOPMENT, "No ICT component", NOW);
        return List.of(
                aPendingItem(),
                QueueItem.forNomination("2027:e1", "Rural broadband (WSIS Prizes 2027)", "amina", List.of("C2"), NOW),
                QueueItem.flagged(
                        ModerationDecided.SubjectType.ENTRY,
                        "e1",
                        2,
                        "Rural broadband",
                        "amina",
                        List.of("C2"),
                        3,
                        NOW),
                rejected.appeal("amina", "The platform is a mobile app for farmers.", NOW));
    }

    @Test
    void aModeratorCannotClaimAnItemAboutTheirOwnWorkOfAnyKind() {
        for (QueueItem item : itemsAboutAminasWork()) {
            List<AuditRecord> before = item.audit();

            assertThat(code(() -> item.claim("amina", NOW, LEASE)))
                    .as("claiming %s", item.id())
                    .isEqualTo("own-item");
            assertThat(item.state()).isEqualTo(ItemState.PENDING);
            assertThat(item.audit()).isEqualTo(before);
            assertThat(item.isAuthoredBy("amina")).isTrue();
            assertThat(item.isAuthoredBy("omar")).isFalse();
        }
    }

    @Test
    void aModeratorCannotDecideAnItemAboutTheirOwnWorkOfAnyKind() {
        for (QueueItem item : itemsAboutAminasWork()) {
            assertThat(code(() -> item.decide("amina", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW)))
                    .as("deciding %s", item.id())
                    .isEqualTo("own-item");
            assertThat(item.state()).isEqualTo(ItemState.PENDING);
            assertThat(item.decision()).isNull();
        }
    }

    @Test
    void anAuthorHoldingAClaimFromBeforeTheRuleCannotDecideButCanGiveItBack() {
        QueueItem.Snapshot pending = aPendingItem().snapshot();
        QueueItem item = QueueItem.restore(new QueueItem.Snapshot(
                pending.id(),
                pending.kind(),
                pending.subjectType(),
                pending.subjectId(),
                pending.revision(),
                pending.title(),
                pending.authorId(),
                pending.coAuthorIds(),
                pending.actionLines(),
                pending.createdAt(),
                null,
                null,
                ItemState.CLAIMED,
                "amina",
                NOW.plus(LEASE),
                null,
                null,
                null,
                null,
                null,
                pending.audit(),
                3L));

        assertThat(code(() -> item.decide("amina", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW)))
                .isEqualTo("own-item");
        assertThat(item.pendingEvents()).isEmpty();

        item.release("amina", NOW);
        assertThat(item.state()).isEqualTo(ItemState.PENDING);
        item.claim("omar", NOW, LEASE);
        assertThat(item.snapshot().claimedBy()).isEqualTo("omar");
    }

    @Test
    void aWithdrawnEntryClosesOnlyAWaitingItem() {
        QueueItem pending = aPendingItem();
        QueueItem decided = claimedBy("omar");
        decided.decide("omar", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW);

        assertThat(pending.closeBecauseWithdrawn(NOW)).isTrue();
        assertThat(pending.state()).isEqualTo(ItemState.CLOSED);
        assertThat(decided.closeBecauseWithdrawn(NOW)).isFalse();
        assertThat(decided.state()).isEqualTo(ItemState.DECIDED);
    }

    @Test
    void anErasedAuthorsItemKeepsTheModeratorsRecordAndLosesTheirWords() {
        QueueItem rejected = claimedBy("omar");
        rejected.decide("omar", Decision.REJECTED, ReasonCode.OTHER, "No ICT component.", NOW);
        QueueItem appeal = rejected.appeal("amina", "Amina here: please look again.", NOW);

        boolean changed = rejected.authorErased("amina", "erased-1", "erased-1");
        appeal.authorErased("amina", "erased-1", "fatou");

        assertThat(changed).isTrue();
        assertThat(rejected.authorId()).isEqualTo("erased-1");
        assertThat(rejected.snapshot().decidedBy()).isEqualTo("omar");
        assertThat(rejected.messageToAuthor()).isEqualTo("No ICT component.");
        assertThat(rejected.audit())
                .extracting(AuditRecord::by)
                .contains("omar", "erased-1")
                .doesNotContain("amina");
        assertThat(rejected.audit()).extracting(AuditRecord::detail).doesNotContain("Amina here: please look again.");
        assertThat(appeal.isAuthoredBy("fatou")).isTrue();
        assertThat(appeal.snapshot().appealMessage()).isNull();
        assertThat(rejected.authorErased("amina", "erased-1", "erased-1")).isFalse();
    }
}
