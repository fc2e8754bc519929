package org.wsis.submission.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased.EntriesChoice;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.ItemKind;

class EntryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Recipient AMINA = new Recipient("amina", "amina@example.org", "Amina Diallo", "fr");

    private static Entry aDraft() {
        return Entry.draft("e1", AMINA, SampleDetails.titled("Rural broadband"), NOW);
    }

    private static ModerationDecided decision(int revision, Decision decision, String message) {
        return decision(ItemKind.REVIEW, revision, decision, message);
    }

    private static ModerationDecided decision(ItemKind kind, int revision, Decision decision, String message) {
        return new ModerationDecided(
                UUID.randomUUID(),
                NOW,
                "item",
                ModerationDecided.SubjectType.ENTRY,
                "e1",
                revision,
                decision,
                "CODE",
                message,
                "mod",
                kind);
    }

    @Test
    void submittingADraftStartsRevisionOneAndAnnouncesIt() {
        Entry entry = aDraft();

        entry.submit(NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.SUBMITTED);
        assertThat(entry.revision()).isEqualTo(1);
        assertThat(entry.pendingEvents()).singleElement().isInstanceOfSatisfying(EntrySubmitted.class, e -> {
            assertThat(e.revision()).isEqualTo(1);
            assertThat(e.owner()).isEqualTo(AMINA);
        });
    }

    @Test
    void anApprovalPublishesTheRevisionItReviewed() {
        Entry entry = aDraft();
        entry.submit(NOW);

        boolean applied = entry.apply(decision(1, Decision.APPROVED, null), NOW);

        assertThat(applied).isTrue();
        assertThat(entry.isPublic()).isTrue();
        assertThat(entry.pendingEvents()).last().isInstanceOf(EntryPublished.class);
    }

    @Test
    void aSecondCopyOfTheSameDecisionChangesNothing() {
        Entry entry = aDraft();
        entry.submit(NOW);
        entry.apply(decision(1, Decision.CHANGES_REQUESTED, "Add partners"), NOW);
        int eventsBefore = entry.pendingEvents().size();

        boolean applied = entry.apply(decision(1, Decision.CHANGES_REQUESTED, "Add partners"), NOW);

        assertThat(applied).isFalse();
        assertThat(entry.pendingEvents()).hasSize(eventsBefore);
        assertThat(entry.messageFromModerator()).isEqualTo("Add partners");
    }

    @Test
    void aDecisionOnAnEarlierRevisionIsIgnored() {
        Entry entry = aDraft();
        entry.submit(NOW);
        entry.apply(decision(1, Decision.CHANGES_REQUESTED, "Add partners"), NOW);
        entry.submit(NOW);

        assertThat(entry.apply(decision(1, Decision.APPROVED, null), NOW)).isFalse();
        assertThat(entry.status()).isEqualTo(EntryStatus.SUBMITTED);
        assertThat(entry.revision()).isEqualTo(2);
    }

    @Test
    void aReturnedEntryCarriesTheModeratorsMessageToItsOwner() {
        Entry entry = aDraft();
        entry.submit(NOW);

        entry.apply(decision(1, Decision.CHANGES_REQUESTED, "Please name the partners."), NOW);

        assertThat(entry.pendingEvents())
                .last()
                .isInstanceOfSatisfying(
                        EntryReturnedForChanges.class,
                        e -> assertThat(e.message()).isEqualTo("Please name the partners."));
    }

    @Test
    void aSubmittedEntryCannotBeSubmittedOrEditedAgain() {
        Entry entry = aDraft();
        entry.submit(NOW);

        assertThatThrownBy(() -> entry.submit(NOW))
                .isInstanceOfSatisfying(
                        EntryRuleViolation.class, e -> assertThat(e.code()).isEqualTo("not-submittable"));
        assertThatThrownBy(() -> entry.edit(entry.details(), NOW)).isInstanceOf(EntryRuleViolation.class);
    }

    private static Entry aPublishedEntry() {
        Entry entry = aDraft();
        entry.submit(NOW);
        entry.apply(decision(1, Decision.APPROVED, null), NOW);
        return entry;
    }

    @Test
    void anUpheldAppealPublishesARejectedEntry() {
        Entry entry = aDraft();
        entry.submit(NOW);
        entry.apply(decision(1, Decision.REJECTED, "Not ICT"), NOW);
        assertThat(entry.pendingEvents())
                .last()
                .isInstanceOfSatisfying(
                        EntryRejected.class, e -> assertThat(e.mayAppeal()).isTrue());

        assertThat(entry.apply(decision(ItemKind.APPEAL, 1, Decision.APPROVED, null), NOW))
                .isTrue();

        assertThat(entry.isPublic()).isTrue();
        assertThat(entry.pendingEvents()).last().isInstanceOf(EntryPublished.class);
    }

    @Test
    void aRejectedAppealIsFinal() {
        Entry entry = aDraft();
        entry.submit(NOW);
        entry.apply(decision(1, Decision.REJECTED, "Not ICT"), NOW);

        entry.apply(decision(ItemKind.APPEAL, 1, Decision.REJECTED, "Still not ICT"), NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.REJECTED);
        assertThat(entry.pendingEvents())
                .last()
                .isInstanceOfSatisfying(
                        EntryRejected.class, e -> assertThat(e.mayAppeal()).isFalse());
    }

    @Test
    void anAppealDecisionDoesNotApplyToAnEntryThatIsNotRejected() {
        Entry entry = aDraft();
        entry.submit(NOW);

        assertThat(entry.apply(decision(ItemKind.APPEAL, 1, Decision.APPROVED, null), NOW))
                .isFalse();
        assertThat(entry.status()).isEqualTo(EntryStatus.SUBMITTED);
    }

    @Test
    void aFlaggedEntryIsHiddenUntilTheFlagsAreDismissed() {
        Entry entry = aPublishedEntry();

        assertThat(entry.hidePendingReview(1, NOW)).isTrue();
        assertThat(entry.isPublic()).isFalse();
        assertThat(entry.hidePendingReview(1, NOW))
                .as("hiding twice changes nothing")
                .isFalse();

        assertThat(entry.apply(decision(ItemKind.FLAGGED, 1, Decision.APPROVED, null), NOW))
                .isTrue();
        assertThat(entry.isPublic()).isTrue();
        assertThat(entry.status()).isEqualTo(EntryStatus.PUBLISHED);
    }

    @Test
    void aFlaggedEntryRejectedByAModeratorLeavesPublicView() {
        Entry entry = aPublishedEntry();
        entry.hidePendingReview(1, NOW);

        entry.apply(decision(ItemKind.FLAGGED, 1, Decision.REJECTED, "Advertising, not an ICT4D activity"), NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.REJECTED);
        assertThat(entry.isPublic()).isFalse();
        assertThat(entry.pendingEvents()).last().isInstanceOf(EntryRejected.class);
    }

    @Test
    void aFlagDecisionForAnEntryThatIsNotHiddenChangesNothing() {
        Entry entry = aPublishedEntry();

        assertThat(entry.apply(decision(ItemKind.FLAGGED, 1, Decision.REJECTED, "x"), NOW))
                .isFalse();
        assertThat(entry.isPublic()).isTrue();
    }

    @Test
    void editingAPublishedEntryKeepsThePublishedRevisionPublicUntilTheChangeIsApproved() {
        Entry entry = aPublishedEntry();

        entry.edit(SampleDetails.titled("Rural broadband, phase two"), NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(entry.isPublic()).isTrue();
        assertThat(entry.publicDetails().orElseThrow().title()).isEqualTo("Rural broadband");
        entry.submit(NOW);
        assertThat(entry.revision()).isEqualTo(2);
        assertThat(entry.publicDetails().orElseThrow().title()).isEqualTo("Rural broadband");

        entry.apply(decision(2, Decision.APPROVED, null), NOW);

        assertThat(entry.publicDetails().orElseThrow().title()).isEqualTo("Rural broadband, phase two");
        assertThat(entry.publishedRevision()).isEqualTo(2);
        assertThat(entry.pendingEvents())
                .last()
                .isInstanceOfSatisfying(
                        EntryPublished.class, e -> assertThat(e.revision()).isEqualTo(2));
    }

    @Test
    void aRejectedChangeToAPublishedEntryLeavesThePublishedRevisionOnline() {
        Entry entry = aPublishedEntry();
        entry.edit(SampleDetails.titled("Rural broadband and free phones"), NOW);
        entry.submit(NOW);

        entry.apply(decision(2, Decision.REJECTED, "Advertising"), NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.REJECTED);
        assertThat(entry.isPublic()).isTrue();
        assertThat(entry.publicDetails().orElseThrow().title()).isEqualTo("Rural broadband");
        assertThat(entry.pendingEvents())
                .last()
                .isInstanceOfSatisfying(
                        EntryRejected.class,
                        e -> assertThat(e.publishedRevision()).isEqualTo(1));
        entry.edit(SampleDetails.titled("Rural broadband, phase two"), NOW);
        assertThat(entry.status()).as("the owner may try again").isEqualTo(EntryStatus.DRAFT);
    }

    @Test
    void aChangeRequestedOnARevisionSaysThePublishedRevisionStays() {
        Entry entry = aPublishedEntry();
        entry.edit(SampleDetails.titled("Rural broadband 2"), NOW);
        entry.submit(NOW);

        entry.apply(decision(2, Decision.CHANGES_REQUESTED, "Name the new partners"), NOW);

        assertThat(entry.isPublic()).isTrue();
        assertThat(entry.pendingEvents())
                .last()
                .isInstanceOfSatisfying(
                        EntryReturnedForChanges.class,
                        e -> assertThat(e.publishedRevision()).isEqualTo(1));
    }

    @Test
    void aWithdrawnEntryIsNoLongerPublic() {
        Entry entry = aPublishedEntry();

        entry.withdraw(NOW);

        assertThat(entry.isPublic()).isFalse();
        assertThatThrownBy(() -> entry.edit(SampleDetails.titled("Back"), NOW)).isInstanceOf(EntryRuleViolation.class);
    }

    @Test
    void aHiddenEntryCannotBeEditedWhileAModeratorReviewsTheFlags() {
        Entry entry = aPublishedEntry();
        entry.hidePendingReview(1, NOW);

        assertThatThrownBy(() -> entry.edit(SampleDetails.titled("Quick fix"), NOW))
                .isInstanceOfSatisfying(
                        EntryRuleViolation.class, e -> assertThat(e.code()).isEqualTo("not-editable"));
    }

    @Test
    void theRegionFollowsTheCountryAndPrizeReadinessNeedsTheFullStory() {
        EntryDetails details = SampleDetails.titled("Rural broadband");

        assertThat(details.region()).isEqualTo(org.wsis.contracts.reference.ItuRegion.AFR);
        assertThat(details.prizeReady()).isFalse();
        assertThat(EntryDetails.wordCount("  one two\nthree  ")).isEqualTo(3);
        assertThatThrownBy(() -> new EntryDetails(
                        "t",
                        "o",
                        details.stakeholderType(),
                        "KE",
                        details.actionLines(),
                        details.sdgs(),
                        details.gdcObjectives(),
                        "s",
                        "",
                        details.impact(),
                        "",
                        "",
                        java.time.LocalDate.of(2024, 5, 1),
                        java.time.LocalDate.of(2024, 4, 30),
                        null,
                        null,
                        java.util.List.of(),
                        java.util.List.of()))
                .isInstanceOfSatisfying(
                        EntryRuleViolation.class, e -> assertThat(e.code()).isEqualTo("end-before-start"));
    }

    private static final Recipient FATOU = new Recipient("fatou", "fatou@example.org", "Fatou Sarr", "fr");
    private static final Recipient NOBODY = new Recipient("erased-1234", "", "", null);

    private static Entry aPublishedEntryWithTheOwnersAddress() {
        EntryDetails details = SampleDetails.titled("Rural broadband");
        Entry entry = Entry.draft(
                "e1",
                AMINA,
                new EntryDetails(
                        details.title(),
                        details.organisation(),
                        details.stakeholderType(),
                        details.country(),
                        details.actionLines(),
                        details.sdgs(),
                        details.gdcObjectives(),
                        details.shortDescription(),
                        details.fullDescription(),
                        details.impact(),
                        details.partnerships(),
                        details.challenges(),
                        details.startDate(),
                        details.endDate(),
                        details.website(),
                        "Amina@Example.org",
                        details.languages(),
                        details.keywords()),
                NOW);
        entry.submit(NOW);
        entry.apply(decision(1, Decision.APPROVED, null), NOW);
        return Entry.restore(new Entry.State(
                entry.id(),
                entry.owner(),
                entry.details(),
                entry.published(),
                entry.publishedRevision(),
                entry.status(),
                entry.revision(),
                entry.messageFromModerator(),
                entry.createdAt(),
                entry.updatedAt(),
                entry.publishedAt(),
                entry.isHidden(),
                3L));
    }

    @Test
    void anOwnerWhoErasesTheirAccountWithdrawsTheEntryUnderTheirNameAndLeavesItToNobody() {
        Entry entry = aPublishedEntryWithTheOwnersAddress();

        entry.ownerErased(EntriesChoice.WITHDRAW, null, NOBODY, NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.WITHDRAWN);
        assertThat(entry.isPublic()).isFalse();
        assertThat(entry.owner()).isEqualTo(NOBODY);
        assertThat(entry.isOwnedBy("amina")).isFalse();
        assertThat(entry.details().contactEmail()).isNull();
        assertThat(entry.published().contactEmail()).isNull();
        assertThat(entry.pendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        EntryWithdrawn.class, e -> assertThat(e.owner()).isEqualTo(AMINA));
    }

    @Test
    void aWithdrawnEntryOfAnErasedOwnerIsLeftToNobodyWithoutASecondWithdrawal() {
        Entry entry = aDraft();
        entry.withdraw(NOW);
        Entry stored = Entry.restore(new Entry.State(
                entry.id(),
                entry.owner(),
                entry.details(),
                null,
                0,
                entry.status(),
                entry.revision(),
                null,
                NOW,
                NOW,
                null,
                false,
                1L));

        stored.ownerErased(EntriesChoice.WITHDRAW, null, NOBODY, NOW);

        assertThat(stored.owner()).isEqualTo(NOBODY);
        assertThat(stored.pendingEvents()).isEmpty();
    }

    @Test
    void aTransferredEntryStaysAsItIsUnderItsNewOwner() {
        Entry entry = aPublishedEntryWithTheOwnersAddress();

        entry.ownerErased(EntriesChoice.TRANSFER, FATOU, NOBODY, NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.PUBLISHED);
        assertThat(entry.isPublic()).isTrue();
        assertThat(entry.isOwnedBy("fatou")).isTrue();
        assertThat(entry.details().contactEmail()).isNull();
        assertThat(entry.pendingEvents()).isEmpty();
    }
}
