package org.wsis.prize;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.moderation.ModerationDecided;

/** Events other services send the prize service, as the tests need them. */
public final class PrizeEvents {

    private PrizeEvents() {}

    /** A fresh entry published by {@code owner}; its id is new. */
    public static EntryPublished published(String title, String organisation, List<ActionLine> lines, Recipient owner) {
        return new EntryPublished(
                UUID.randomUUID(), Instant.now(), UUID.randomUUID().toString(), 1, title, organisation, lines, owner);
    }

    /**
     * A vote as the vote endpoint records it, from an account of known age on a documentation network,
     * with an address at example.org.
     */
    public static BallotCast ballot(int edition, int category, String voterId, String nominationId, Instant castAt) {
        return new BallotCast(
                UUID.randomUUID(),
                castAt,
                edition + ":" + category + ":" + voterId,
                edition,
                category,
                nominationId,
                voterId,
                "203.0.113.0/24",
                "example.org",
                Instant.parse("2024-01-01T00:00:00Z"),
                new Recipient(voterId, voterId + "@example.org", voterId, null));
    }

    /** A moderator's screening decision on a nomination. */
    public static ModerationDecided screened(
            String nominationId, ModerationDecided.Decision decision, @Nullable String message) {
        return new ModerationDecided(
                UUID.randomUUID(),
                Instant.now(),
                "nomination:" + nominationId + ":1",
                ModerationDecided.SubjectType.NOMINATION,
                nominationId,
                1,
                decision,
                decision == ModerationDecided.Decision.APPROVED ? "MEETS_GUIDELINES" : "DUPLICATE",
                message,
                "mod-omar",
                ModerationDecided.ItemKind.REVIEW);
    }
}
