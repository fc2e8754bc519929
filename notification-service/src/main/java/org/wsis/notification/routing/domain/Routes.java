package org.wsis.notification.routing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsis.contracts.DomainEvent;
import org.wsis.contracts.ballot.BallotEvent;
import org.wsis.contracts.community.CommunityEvent;
import org.wsis.contracts.convening.ConveningEvent;
import org.wsis.contracts.entry.EntryEvent;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.contracts.moderation.EntryHiddenPendingReview;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.prize.EditionPhaseChanged;
import org.wsis.contracts.prize.NominationScreened;
import org.wsis.contracts.prize.NominationSubmitted;
import org.wsis.contracts.prize.NomineeShortlisted;
import org.wsis.contracts.prize.PrizeAwarded;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.domain.NotificationType;

/**
 * The routing table: for each event, who hears about it and what they are told. Events that concern
 * nobody (a withdrawal, a decision whose outcome arrives as the entry's own event, a ballot) route to
 * no one.
 */
public final class Routes {

    /** One notice for one audience. */
    public record Routed(Audience audience, Notice notice) {}

    /** The moderators' queue in the portal. */
    static final String QUEUE_PATH = "/moderation";

    private Routes() {}

    public static List<Routed> of(DomainEvent event) {
        return switch (event) {
            case EntryEvent e -> entry(e);
            case EntryHiddenPendingReview e -> {
                Map<String, String> args = Map.of("flags", String.valueOf(e.flagCount()));
                yield List.of(
                        new Routed(
                                new Audience.EntryOwner(e.entryId()),
                                new Notice(
                                        NotificationType.ENTRY_STATUS,
                                        "entry.hidden",
                                        List.of(),
                                        args,
                                        null,
                                        entryPath(e.entryId()),
                                        e.entryId(),
                                        "")),
                        new Routed(
                                new Audience.Moderators(),
                                new Notice(
                                        NotificationType.MODERATION_QUEUE,
                                        "queue.flagged",
                                        List.of(),
                                        args,
                                        null,
                                        QUEUE_PATH,
                                        e.entryId(),
                                        "")));
            }
            case ModerationDecided e -> List.of();
            case NominationSubmitted e ->
                List.of(new Routed(
                        new Audience.Moderators(),
                        new Notice(
                                NotificationType.MODERATION_QUEUE,
                                "queue.nomination",
                                List.of(),
                                prizeArgs(e.edition(), e.category(), e.entryTitle()),
                                null,
                                QUEUE_PATH,
                                e.nominationId(),
                                e.entryTitle())));
            case NominationScreened e ->
                List.of(new Routed(
                        new Audience.Person(e.owner()),
                        new Notice(
                                NotificationType.NOMINATIONS,
                                e.eligible() ? "nomination.eligible" : "nomination.ineligible",
                                List.of(),
                                prizeArgs(e.edition(), e.category(), e.entryTitle()),
                                e.eligible() ? null : e.message(),
                                nomineePath(e.edition(), e.nominationId()),
                                e.nominationId(),
                                e.entryTitle())));
            case NomineeShortlisted e ->
                List.of(new Routed(
                        new Audience.Person(e.owner()),
                        new Notice(
                                NotificationType.NOMINATIONS,
                                "nomination.shortlisted",
                                List.of(),
                                prizeArgs(e.edition(), e.category(), e.entryTitle()),
                                null,
                                nomineePath(e.edition(), e.nominationId()),
                                e.nominationId(),
                                e.entryTitle())));
            case EditionPhaseChanged e -> phase(e);
            case PrizeAwarded e -> {
                Map<String, String> args =
                        new java.util.HashMap<>(prizeArgs(e.edition(), e.category(), e.entryTitle()));
                args.put("votes", String.valueOf(e.votes()));
                yield List.of(new Routed(
                        new Audience.Person(e.owner()),
                        new Notice(
                                NotificationType.PRIZE_RESULTS,
                                "WINNER".equals(e.award()) ? "prize.winner" : "prize.champion",
                                List.of(),
                                args,
                                null,
                                "/prizes/" + e.edition() + "/results",
                                e.nominationId(),
                                e.entryTitle())));
            }
            case ConveningEvent e -> ConveningRoutes.of(e);
            case CommunityEvent e -> CommunityRoutes.of(e);
            case BallotEvent e -> List.of();
            default -> List.of();
        };
    }

    private static List<Routed> entry(EntryEvent event) {
        String path = entryPath(event.entryId());
        Map<String, String> args = Map.of("title", event.title());
        return switch (event) {
            case EntrySubmitted e ->
                List.of(
                        new Routed(
                                new Audience.Person(e.owner()),
                                entryNotice("entry.received", List.of(), args, null, e)),
                        new Routed(
                                new Audience.Moderators(),
                                new Notice(
                                        NotificationType.MODERATION_QUEUE,
                                        e.revision() > 1 ? "queue.revision" : "queue.entry",
                                        List.of(),
                                        Map.of("title", e.title(), "organisation", e.organisation()),
                                        null,
                                        QUEUE_PATH,
                                        e.entryId(),
                                        e.title())));
            case EntryPublished e ->
                List.of(new Routed(
                        new Audience.Person(e.owner()), entryNotice("entry.published", List.of(), args, null, e)));
            case EntryReturnedForChanges e -> {
                List<String> extra =
                        e.publishedRevision() == null ? List.of() : List.of("entry.published-stays-online");
                yield List.of(new Routed(
                        new Audience.Person(e.owner()),
                        entryNotice("entry.changes-requested", extra, args, e.message(), e)));
            }
            case EntryRejected e -> {
                List<String> extra = new ArrayList<>();
                if (e.publishedRevision() != null) {
                    extra.add("entry.published-stays-online");
                }
                extra.add(e.mayAppeal() ? "entry.may-appeal" : "entry.decision-final");
                yield List.of(new Routed(
                        new Audience.Person(e.owner()), entryNotice("entry.rejected", extra, args, e.message(), e)));
            }
            case EntryWithdrawn e -> List.of();
        };
    }

    private static Notice entryNotice(
            String key, List<String> extra, Map<String, String> args, String quote, EntryEvent event) {
        return new Notice(
                NotificationType.ENTRY_STATUS,
                key,
                extra,
                args,
                quote,
                entryPath(event.entryId()),
                event.entryId(),
                event.title());
    }

    private static List<Routed> phase(EditionPhaseChanged event) {
        String key = switch (event.phase()) {
            case "VOTING" -> "prize.voting-open";
            case "RESULTS_PUBLISHED" -> "prize.results-published";
            default -> "";
        };
        if (key.isEmpty()) {
            return List.of();
        }
        String edition = String.valueOf(event.edition());
        return List.of(new Routed(
                new Audience.NomineeOwners(event.edition()),
                new Notice(
                        NotificationType.PRIZE_RESULTS,
                        key,
                        List.of(),
                        Map.of("edition", edition),
                        null,
                        "/prizes/" + edition + ("VOTING".equals(event.phase()) ? "/nominees" : "/results"),
                        "edition-" + edition,
                        "WSIS Prizes " + edition)));
    }

    private static Map<String, String> prizeArgs(int edition, int category, String title) {
        String categoryName = PrizeCategory.byNumber(category)
                .map(c -> c.number() + ". " + c.title())
                .orElse(String.valueOf(category));
        return Map.of("title", title, "edition", String.valueOf(edition), "category", categoryName);
    }

    /**
     * An entry as its owner reads it: their page of it, behind sign-in, so that a link followed while signed
     * out goes through sign-in and back to the entry, whatever its status (the public page shows only a
     * published entry).
     */
    static String entryPath(String entryId) {
        return "/my/entries/" + entryId;
    }

    private static String nomineePath(int edition, String nominationId) {
        return "/prizes/" + edition + "/nominations/" + nominationId;
    }
}
