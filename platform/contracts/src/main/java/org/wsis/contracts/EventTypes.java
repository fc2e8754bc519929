package org.wsis.contracts;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.account.AccountEvent;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.contracts.ballot.BallotCompleted;
import org.wsis.contracts.community.CommunityEvent;
import org.wsis.contracts.community.DocumentSubmitted;
import org.wsis.contracts.community.DocumentWithdrawn;
import org.wsis.contracts.community.ForumPostPublished;
import org.wsis.contracts.community.ForumPostRemoved;
import org.wsis.contracts.community.NewsPublished;
import org.wsis.contracts.convening.ContactAccepted;
import org.wsis.contracts.convening.ContactRequested;
import org.wsis.contracts.convening.ConveningEvent;
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
import org.wsis.contracts.entry.EntryEvent;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.contracts.moderation.EntryHiddenPendingReview;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationEvent;
import org.wsis.contracts.moderation.PostHiddenPendingReview;
import org.wsis.contracts.prize.EditionPhaseChanged;
import org.wsis.contracts.prize.NominationScreened;
import org.wsis.contracts.prize.NominationSubmitted;
import org.wsis.contracts.prize.NomineeShortlisted;
import org.wsis.contracts.prize.PrizeAwarded;
import org.wsis.contracts.prize.PrizeEvent;

/**
 * The registry of {@code ce_type} names and their records. Type names are part of the wire contract
 * and written out here, so renaming a Java class never changes what is on a topic.
 */
public final class EventTypes {

    /** One known event type: its wire name, its record and the topic it travels on. */
    public record EventType(String name, Class<? extends DomainEvent> recordType, String topic) {}

    private static final Map<String, EventType> BY_NAME = Stream.of(
                    entry("EntrySubmitted", EntrySubmitted.class),
                    entry("EntryPublished", EntryPublished.class),
                    entry("EntryReturnedForChanges", EntryReturnedForChanges.class),
                    entry("EntryRejected", EntryRejected.class),
                    entry("EntryWithdrawn", EntryWithdrawn.class),
                    moderation("ModerationDecided", ModerationDecided.class),
                    moderation("EntryHiddenPendingReview", EntryHiddenPendingReview.class),
                    moderation("PostHiddenPendingReview", PostHiddenPendingReview.class),
                    prize("NominationSubmitted", NominationSubmitted.class),
                    prize("NominationScreened", NominationScreened.class),
                    prize("NomineeShortlisted", NomineeShortlisted.class),
                    prize("EditionPhaseChanged", EditionPhaseChanged.class),
                    prize("PrizeAwarded", PrizeAwarded.class),
                    new EventType("org.wsis.ballot.BallotCast", BallotCast.class, Topics.BALLOT),
                    new EventType("org.wsis.ballot.BallotCompleted", BallotCompleted.class, Topics.BALLOT),
                    account("AccountErased", AccountErased.class),
                    convening("ConveningItemSubmitted", ConveningItemSubmitted.class),
                    convening("ConveningItemPublished", ConveningItemPublished.class),
                    convening("ConveningItemReturned", ConveningItemReturned.class),
                    convening("ConveningItemWithdrawn", ConveningItemWithdrawn.class),
                    convening("ContactRequested", ContactRequested.class),
                    convening("ContactAccepted", ContactAccepted.class),
                    convening("EventReminderDue", EventReminderDue.class),
                    convening("SimilarIssuesFound", SimilarIssuesFound.class),
                    convening("ManagerInvited", ManagerInvited.class),
                    convening("WorkshopInvited", WorkshopInvited.class),
                    convening("WorkshopInvitationAnswered", WorkshopInvitationAnswered.class),
                    convening("WorkshopScheduled", WorkshopScheduled.class),
                    community("ForumPostPublished", ForumPostPublished.class),
                    community("ForumPostRemoved", ForumPostRemoved.class),
                    community("NewsPublished", NewsPublished.class),
                    community("DocumentSubmitted", DocumentSubmitted.class),
                    community("DocumentWithdrawn", DocumentWithdrawn.class))
            .collect(Collectors.toUnmodifiableMap(EventType::name, t -> t));

    private static final Map<Class<?>, EventType> BY_RECORD =
            BY_NAME.values().stream().collect(Collectors.toUnmodifiableMap(EventType::recordType, t -> t));

    private EventTypes() {}

    private static EventType entry(String simpleName, Class<? extends EntryEvent> type) {
        return new EventType("org.wsis.entry." + simpleName, type, Topics.ENTRY);
    }

    private static EventType moderation(String simpleName, Class<? extends ModerationEvent> type) {
        return new EventType("org.wsis.moderation." + simpleName, type, Topics.MODERATION);
    }

    private static EventType prize(String simpleName, Class<? extends PrizeEvent> type) {
        return new EventType("org.wsis.prize." + simpleName, type, Topics.PRIZE);
    }

    private static EventType account(String simpleName, Class<? extends AccountEvent> type) {
        return new EventType("org.wsis.account." + simpleName, type, Topics.ACCOUNT);
    }

    private static EventType convening(String simpleName, Class<? extends ConveningEvent> type) {
        return new EventType("org.wsis.convening." + simpleName, type, Topics.CONVENING);
    }

    private static EventType community(String simpleName, Class<? extends CommunityEvent> type) {
        return new EventType("org.wsis.community." + simpleName, type, Topics.COMMUNITY);
    }

    public static Optional<EventType> byName(String ceType) {
        return Optional.ofNullable(BY_NAME.get(ceType));
    }

    public static EventType of(DomainEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<?> recordType) {
        EventType type = BY_RECORD.get(recordType);
        if (type == null) {
            throw new IllegalArgumentException("Not a registered event type: " + recordType.getName());
        }
        return type;
    }

    public static Iterable<EventType> all() {
        return BY_NAME.values();
    }
}
