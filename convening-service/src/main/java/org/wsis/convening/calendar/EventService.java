package org.wsis.convening.calendar;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.calendar.domain.CalendarEvent;
import org.wsis.convening.calendar.domain.EventDetails;
import org.wsis.convening.calendar.mongo.EventStore;
import org.wsis.convening.publication.Callers;
import org.wsis.convening.publication.domain.PublicationRefused;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * The events stakeholders list in the global calendar: any signed-in stakeholder lists one, its owner
 * changes, submits and withdraws it, moderators decide on it, and the public reads it once published.
 */
@Service
public class EventService {

    private final EventStore store;
    private final ErasedAccounts erased;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public EventService(EventStore store, ErasedAccounts erased, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.erased = erased;
        this.clock = clock;
        this.events = events;
    }

    public CalendarEvent create(Caller caller, EventDetails details) {
        if (erased.isErased(caller.userId())) {
            throw new PublicationRefused("account-erased", "This account was erased; it lists no events.");
        }
        CalendarEvent event =
                CalendarEvent.draft(UUID.randomUUID().toString(), Callers.recipient(caller), details, clock.instant());
        save(event);
        return reload(event.id());
    }

    /** An event and whether the caller sees its working revision (its owner and moderators do). */
    public record Seen(CalendarEvent event, boolean working) {}

    /** What {@code caller} may see: the owner and moderators every revision, others only a public event. */
    public Seen read(String id, @Nullable Caller caller) {
        CalendarEvent event = store.find(id).orElseThrow(() -> notFound(id));
        boolean working = caller != null && event.isOwnedBy(caller.userId()) || Callers.isStaff(caller);
        if (!working && !event.publication().isPublic()) {
            throw notFound(id);
        }
        return new Seen(event, working);
    }

    /** The events the caller listed, in every status, newest first. */
    public List<CalendarEvent> mine(Caller caller) {
        return store.ownedBy(caller.userId());
    }

    public CalendarEvent edit(String id, Caller caller, @Nullable Long expectedVersion, EventDetails details) {
        CalendarEvent event = owned(id, caller, expectedVersion);
        event.edit(details, clock.instant());
        save(event);
        return reload(id);
    }

    public CalendarEvent submit(String id, Caller caller, @Nullable Long expectedVersion) {
        CalendarEvent event = owned(id, caller, expectedVersion);
        event.submit(clock.instant());
        save(event);
        return reload(id);
    }

    public CalendarEvent withdraw(String id, Caller caller, @Nullable Long expectedVersion) {
        CalendarEvent event = owned(id, caller, expectedVersion);
        event.withdraw(clock.instant());
        save(event);
        return reload(id);
    }

    /** Applies a moderation decision on an event; one for another revision, or already applied, changes nothing. */
    public void on(ModerationDecided decision) {
        if (decision.subjectType() != ModerationDecided.SubjectType.CALENDAR_EVENT) {
            return;
        }
        store.find(decision.subjectId()).ifPresent(event -> {
            if (event.apply(decision, clock.instant())) {
                save(event);
            }
        });
    }

    private CalendarEvent owned(String id, Caller caller, @Nullable Long expectedVersion) {
        CalendarEvent event = store.find(id).orElseThrow(() -> notFound(id));
        if (!event.isOwnedBy(caller.userId())) {
            throw event.publication().isPublic()
                    ? Refusal.notPermitted("Only the person who listed an event may change it.")
                    : notFound(id);
        }
        if (expectedVersion != null && !expectedVersion.equals(event.version())) {
            throw Refusal.staleVersion();
        }
        return event;
    }

    private void save(CalendarEvent event) {
        store.save(event);
        events.publishEvent(new EventSaved(event.id()));
    }

    private CalendarEvent reload(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static Refusal notFound(String id) {
        return Refusal.notFound("Event " + id);
    }
}
