package org.wsis.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.moderation.EntryHiddenPendingReview;
import org.wsis.contracts.prize.EditionPhaseChanged;
import org.wsis.contracts.prize.NominationScreened;
import org.wsis.contracts.prize.NominationSubmitted;
import org.wsis.contracts.prize.NomineeShortlisted;
import org.wsis.contracts.prize.PrizeAwarded;

/** The events of the test stories, each with fresh ids, as the other services publish them. */
public final class TestEvents {

    private TestEvents() {}

    /** A person nobody else in the test run shares an address with. */
    public static Recipient someone(String name, @Nullable String locale) {
        String id = "user-" + UUID.randomUUID();
        return new Recipient(id, id + "@example.org", name, locale);
    }

    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    public static EntrySubmitted submitted(Recipient owner, String entryId, String title) {
        return new EntrySubmitted(
                UUID.randomUUID(), Instant.now(), entryId, 1, title, "Ministry of ICT", List.of(ActionLine.C2), owner);
    }

    public static EntryPublished published(Recipient owner, String entryId, String title) {
        return new EntryPublished(
                UUID.randomUUID(), Instant.now(), entryId, 1, title, "Ministry of ICT", List.of(ActionLine.C2), owner);
    }

    public static EntryReturnedForChanges returned(
            Recipient owner, String entryId, String title, String message, @Nullable Integer publishedRevision) {
        return new EntryReturnedForChanges(
                UUID.randomUUID(), Instant.now(), entryId, 2, title, "INCOMPLETE", message, owner, publishedRevision);
    }

    public static EntryRejected rejected(
            Recipient owner, String entryId, String title, String message, boolean appealable) {
        return new EntryRejected(
                UUID.randomUUID(), Instant.now(), entryId, 1, title, "NOT_ICT4D", message, owner, appealable, null);
    }

    public static EntryHiddenPendingReview hidden(String entryId, int flags) {
        return new EntryHiddenPendingReview(
                UUID.randomUUID(), Instant.now(), entryId, 1, "flagged:" + entryId + ":1", flags);
    }

    public static NominationSubmitted nominated(Recipient owner, String nominationId, int edition, String title) {
        return new NominationSubmitted(
                UUID.randomUUID(), Instant.now(), nominationId, edition, 2, newId(), title, "Ministry of ICT", owner);
    }

    public static NominationScreened screened(
            Recipient owner,
            String nominationId,
            int edition,
            String title,
            boolean eligible,
            @Nullable String message) {
        return new NominationScreened(
                UUID.randomUUID(),
                Instant.now(),
                nominationId,
                edition,
                2,
                title,
                eligible,
                eligible ? "ELIGIBLE" : "DUPLICATE",
                message,
                owner);
    }

    public static NomineeShortlisted shortlisted(Recipient owner, String nominationId, int edition, String title) {
        return new NomineeShortlisted(UUID.randomUUID(), Instant.now(), nominationId, edition, 2, title, owner);
    }

    public static EditionPhaseChanged phase(int edition, String phase) {
        return new EditionPhaseChanged(UUID.randomUUID(), Instant.now(), edition, phase);
    }

    public static PrizeAwarded awarded(Recipient owner, String nominationId, int edition, String title, String award) {
        return new PrizeAwarded(UUID.randomUUID(), Instant.now(), nominationId, edition, 2, title, award, 48211, owner);
    }

    public static BallotCast ballot(Recipient voter, int edition, int category) {
        return new BallotCast(
                UUID.randomUUID(),
                Instant.now(),
                edition + ":" + category + ":" + voter.userId(),
                edition,
                category,
                edition + ":" + newId(),
                voter.userId(),
                "203.0.113.0/24",
                "example.org",
                Instant.parse("2024-01-01T00:00:00Z"),
                voter);
    }
}
