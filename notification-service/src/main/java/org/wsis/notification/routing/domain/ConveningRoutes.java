package org.wsis.notification.routing.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ContactAccepted;
import org.wsis.contracts.convening.ContactRequested;
import org.wsis.contracts.convening.ConveningEvent;
import org.wsis.contracts.convening.ConveningItemEvent.ItemKind;
import org.wsis.contracts.convening.ConveningItemPublished;
import org.wsis.contracts.convening.ConveningItemReturned;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.convening.ConveningItemWithdrawn;
import org.wsis.contracts.convening.EventReminderDue;
import org.wsis.contracts.convening.ManagerInvited;
import org.wsis.contracts.convening.SimilarIssuesFound;
import org.wsis.contracts.convening.WorkshopInvitationAnswered;
import org.wsis.contracts.convening.WorkshopInvited;
import org.wsis.contracts.convening.WorkshopScheduled;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.domain.NotificationType;

/**
 * Who hears of what happens in the OpenWSIS convening and the global calendar: the person who submitted
 * a convenor's profile, an issue or an event hears of its moderation, and moderators of what waits for
 * them; every manager of a convenor asked to connect hears of the request, and on acceptance every manager
 * of both sides receives the other side's contact details; a follower of a calendar entry is reminded of
 * it, its times in the zone it is held in, written in the follower's language; the managers of a convenor
 * who opted in hear, at most weekly, of the other convenors that address an issue similar to theirs; the
 * managers of a convenor invited to a workshop hear of the invitation, the proposer's of each answer, and
 * every convenor's of a workshop of its room and time when a programme is published, and again only when
 * a later publication moves or cancels it.
 */
final class ConveningRoutes {

    static final String CONTACTS_PATH = "/my/contacts";
    private static final String QUEUE_PATH = Routes.QUEUE_PATH;
    private static final String WORKSHOPS_PATH = "/my/workshops";

    private ConveningRoutes() {}

    static List<Routes.Routed> of(ConveningEvent event) {
        return switch (event) {
            case ConveningItemSubmitted e
            when e.item() == ItemKind.WORKSHOP ->
                // The programme's admins review it from their desk of the queue; moderators never see it.
                List.of(new Routes.Routed(
                        new Audience.Person(e.owner()),
                        notice(
                                "workshop.received",
                                Map.of("title", e.title()),
                                null,
                                ownerPath(e.item(), e.itemId()),
                                e.itemId(),
                                e.title())));
            case ConveningItemSubmitted e ->
                List.of(
                        new Routes.Routed(
                                new Audience.Person(e.owner()),
                                notice(
                                        "convening.received",
                                        Map.of("title", e.title()),
                                        null,
                                        ownerPath(e.item(), e.itemId()),
                                        e.itemId(),
                                        e.title())),
                        new Routes.Routed(
                                new Audience.Moderators(),
                                new Notice(
                                        NotificationType.MODERATION_QUEUE,
                                        "queue.convening",
                                        List.of(),
                                        Map.of("title", e.title(), "organisation", e.convenor()),
                                        null,
                                        QUEUE_PATH,
                                        e.itemId(),
                                        e.title())));
            case ConveningItemPublished e ->
                List.of(new Routes.Routed(
                        new Audience.Person(e.owner()),
                        notice(
                                "convening.published",
                                Map.of("title", e.title()),
                                null,
                                publicPath(e.item(), e.itemId()),
                                e.itemId(),
                                e.title())));
            case ConveningItemReturned e -> {
                List<String> extra = new ArrayList<>();
                if (e.publishedStaysOnline()) {
                    extra.add("convening.published-stays-online");
                }
                String key = e.outcome() == ConveningItemReturned.Outcome.REJECTED
                        ? "convening.rejected"
                        : "convening.changes-requested";
                yield List.of(new Routes.Routed(
                        new Audience.Person(e.owner()),
                        new Notice(
                                NotificationType.CONVENING,
                                key,
                                extra,
                                Map.of("title", e.title()),
                                e.message().isBlank() ? null : e.message(),
                                ownerPath(e.item(), e.itemId()),
                                e.itemId(),
                                e.title())));
            }
            case ConveningItemWithdrawn e -> List.of();
            case ContactRequested e ->
                e.askedManagers().stream()
                        .map(manager -> new Routes.Routed(
                                new Audience.Person(manager),
                                notice(
                                        "contact.requested",
                                        Map.of(
                                                "title", e.issueTitle(),
                                                "from", e.fromConvenor(),
                                                "to", e.toConvenor()),
                                        e.message(),
                                        CONTACTS_PATH,
                                        e.contactId(),
                                        e.issueTitle())))
                        .toList();
            case ContactAccepted e -> {
                List<Routes.Routed> routed = new ArrayList<>();
                // Each side receives the other's details.
                e.from().managers().forEach(m -> routed.add(accepted(e, m, e.to())));
                e.to().managers().forEach(m -> routed.add(accepted(e, m, e.from())));
                yield routed;
            }
            case SimilarIssuesFound e ->
                e.matches().stream()
                        .flatMap(match -> match.managers().stream()
                                .map(manager -> new Routes.Routed(
                                        new Audience.Person(manager),
                                        new Notice(
                                                NotificationType.SIMILAR_ISSUES,
                                                "similar.found",
                                                List.of(),
                                                Map.of(
                                                        "title", e.title(),
                                                        "convenor", e.convenor(),
                                                        "yours", match.title()),
                                                null,
                                                "/convening/issues/" + e.issueId(),
                                                match.issueId(),
                                                match.title()))))
                        .toList();
            case ManagerInvited e ->
                List.of(new Routes.Routed(
                        // The invited person may have no account yet: they are known by their address.
                        new Audience.Person(new Recipient(
                                "invitee:" + e.invitedEmail(),
                                e.invitedEmail(),
                                e.invitedEmail(),
                                e.invitedBy().locale())),
                        notice(
                                "convening.invited",
                                // Never the inviter's own name: a moderator read the convenor's.
                                Map.of("convenor", e.convenor()),
                                null,
                                "/my/convenors",
                                e.convenorId(),
                                e.convenor())));
            case WorkshopInvited e ->
                e.invitedManagers().stream()
                        .map(manager -> new Routes.Routed(
                                new Audience.Person(manager),
                                notice(
                                        "workshop.invited",
                                        Map.of(
                                                "title", e.title(),
                                                "theme", e.theme(),
                                                "venue", e.venue(),
                                                "from", e.fromConvenor(),
                                                "to", e.toConvenor()),
                                        null,
                                        WORKSHOPS_PATH,
                                        e.workshopId(),
                                        e.title())))
                        .toList();
            case WorkshopInvitationAnswered e ->
                e.proposerManagers().stream()
                        .map(manager -> new Routes.Routed(
                                new Audience.Person(manager),
                                new Notice(
                                        NotificationType.CONVENING,
                                        e.accepted() ? "workshop.accepted" : "workshop.declined",
                                        e.accepted() && e.ruleMet() ? List.of("workshop.rule-met") : List.of(),
                                        Map.of(
                                                "title", e.title(),
                                                "convenor", e.convenor(),
                                                "count", String.valueOf(e.acceptedSoFar())),
                                        null,
                                        WORKSHOPS_PATH + "/" + e.workshopId(),
                                        e.workshopId(),
                                        e.title())))
                        .toList();
            case WorkshopScheduled e ->
                e.convenorManagers().stream()
                        .map(manager -> new Routes.Routed(
                                new Audience.Person(manager),
                                notice(
                                        "workshop." + e.change().name().toLowerCase(Locale.ROOT),
                                        Map.of(
                                                "title",
                                                e.title(),
                                                "venue",
                                                e.venue(),
                                                "room",
                                                e.room() == null ? "" : e.room(),
                                                "when",
                                                e.startsAt() == null || e.endsAt() == null
                                                        ? ""
                                                        : when(
                                                                e.startsAt(),
                                                                e.endsAt(),
                                                                e.timeZone(),
                                                                manager.locale())),
                                        null,
                                        "/programme/" + e.venueId(),
                                        e.workshopId(),
                                        e.title())))
                        .toList();
            case EventReminderDue e ->
                List.of(new Routes.Routed(
                        new Audience.Person(e.follower()),
                        new Notice(
                                NotificationType.EVENT_REMINDERS,
                                e.place() == null && e.link() == null
                                        ? "calendar.reminder-online"
                                        : "calendar.reminder",
                                List.of(),
                                Map.of(
                                        "title", e.title(),
                                        "organiser", e.organiser(),
                                        "when", when(e, e.follower().locale()),
                                        "where", where(e)),
                                null,
                                "/calendar/" + e.entryKey(),
                                e.followId(),
                                e.title())));
        };
    }

    private static Routes.Routed accepted(ContactAccepted e, Recipient manager, ContactAccepted.Party other) {
        return new Routes.Routed(
                new Audience.Person(manager),
                notice(
                        "contact.accepted",
                        Map.of(
                                "title", e.issueTitle(),
                                "convenor", other.convenor(),
                                "contactName", other.contactName(),
                                "contactEmail", other.contactEmail(),
                                "contactPhone", other.contactPhone() == null ? "\u2014" : other.contactPhone()),
                        null,
                        CONTACTS_PATH,
                        e.contactId(),
                        other.convenor()));
    }

    private static Notice notice(
            String key, Map<String, String> args, @Nullable String quote, String path, String subjectId, String title) {
        return new Notice(NotificationType.CONVENING, key, List.of(), args, quote, path, subjectId, title);
    }

    /** When the event starts and ends, in the zone it is held in, as the reader's language writes dates. */
    static String when(EventReminderDue e, @Nullable String locale) {
        return when(e.startsAt(), e.endsAt(), e.timeZone(), locale);
    }

    /** From {@code starts} to {@code ends} in {@code timeZone}, as the reader's language writes dates. */
    static String when(Instant starts, Instant ends, String timeZone, @Nullable String locale) {
        ZoneId zone = ZoneId.of(timeZone);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(locale == null ? "en" : locale));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(locale == null ? "en" : locale));
        var start = starts.atZone(zone);
        var end = ends.atZone(zone);
        String until = start.toLocalDate().equals(end.toLocalDate()) ? time.format(end) : format.format(end);
        return format.format(start) + " \u2013 " + until + " (" + zone.getId() + ")";
    }

    private static String where(EventReminderDue e) {
        if (e.place() != null && e.link() != null) {
            return e.place() + " / " + e.link();
        }
        if (e.place() != null) {
            return e.place();
        }
        return e.link() != null ? e.link() : "";
    }

    /** Where the person who submitted an item finds it, in whatever state it is. */
    private static String ownerPath(ItemKind kind, String id) {
        return switch (kind) {
            case CONVENOR -> "/my/convenors/" + id;
            case ISSUE -> "/my/issues/" + id;
            case EVENT -> "/my/events/" + id;
            case WORKSHOP, OUTCOME -> WORKSHOPS_PATH + "/" + id;
        };
    }

    /** Where the public reads an item once published. */
    private static String publicPath(ItemKind kind, String id) {
        return switch (kind) {
            case CONVENOR -> "/convening/convenors/" + id;
            case ISSUE -> "/convening/issues/" + id;
            case EVENT -> "/calendar/event-" + id;
            case WORKSHOP, OUTCOME -> "/workshops/" + id;
        };
    }
}
