package org.wsis.convening.calendar.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ConveningEvent;
import org.wsis.contracts.convening.ConveningItemEvent.ItemKind;
import org.wsis.contracts.convening.ConveningItemPublished;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.convening.ConveningItemWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.publication.domain.Decisions;
import org.wsis.convening.publication.domain.Publication;
import org.wsis.convening.publication.domain.PublicationStatus;

/**
 * An event a stakeholder lists in the global calendar. Its owner (the person who listed it) writes it; it is
 * moderated before it is public, by the same rules as convenors' issues, and a change to a public event is
 * moderated while the published one stays in the calendar. Each approved revision is a new {@code SEQUENCE}
 * of its iCalendar form.
 *
 * @see Publication
 */
public final class CalendarEvent {

    /** Everything stored about an event; replaced, never changed, by each move. */
    public record State(
            String id,
            Recipient owner,
            Publication<EventDetails> publication,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Long version) {}

    private State s;
    private final List<ConveningEvent> pendingEvents = new ArrayList<>();

    private CalendarEvent(State s) {
        this.s = s;
    }

    public static CalendarEvent draft(String id, Recipient owner, EventDetails details, Instant now) {
        return new CalendarEvent(new State(id, owner, Publication.draft(details), now, now, null));
    }

    public static CalendarEvent restore(State state) {
        return new CalendarEvent(state);
    }

    public State state() {
        return s;
    }

    public String id() {
        return s.id();
    }

    public Recipient owner() {
        return s.owner();
    }

    public boolean isOwnedBy(String userId) {
        return s.owner().userId().equals(userId);
    }

    public @Nullable Long version() {
        return s.version();
    }

    public Instant updatedAt() {
        return s.updatedAt();
    }

    public Publication<EventDetails> publication() {
        return s.publication();
    }

    public void edit(EventDetails details, Instant now) {
        move(s.publication().edit(details), now);
    }

    public void submit(Instant now) {
        move(s.publication().submit(), now);
        EventDetails d = s.publication().working();
        pendingEvents.add(new ConveningItemSubmitted(
                UUID.randomUUID(),
                now,
                ItemKind.EVENT,
                s.id(),
                s.publication().revision(),
                d.title(),
                d.organiser(),
                d.actionLines(),
                s.owner(),
                List.of(s.owner().userId())));
    }

    public void withdraw(Instant now) {
        move(s.publication().withdraw(), now);
        pendingEvents.add(new ConveningItemWithdrawn(
                UUID.randomUUID(),
                now,
                ItemKind.EVENT,
                s.id(),
                s.publication().revision(),
                s.publication().working().title(),
                s.owner()));
    }

    /** Applies a moderator's decision; false, changing nothing, when it does not fit (see {@link Publication}). */
    public boolean apply(ModerationDecided decision, Instant now) {
        var decided = s.publication().decide(decision, now);
        if (decided.isEmpty()) {
            return false;
        }
        move(decided.get(), now);
        if (decided.get().status() == PublicationStatus.PUBLISHED) {
            EventDetails d = s.publication().working();
            pendingEvents.add(new ConveningItemPublished(
                    UUID.randomUUID(),
                    now,
                    ItemKind.EVENT,
                    s.id(),
                    s.publication().revision(),
                    d.title(),
                    d.organiser(),
                    s.owner()));
        } else {
            pendingEvents.add(Decisions.returned(
                    ItemKind.EVENT,
                    s.id(),
                    s.publication(),
                    s.publication().working().title(),
                    s.owner(),
                    now));
        }
        return true;
    }

    /**
     * Its owner erased their account: the event stays listed (it is the organiser's, not the person's) under
     * {@code pseudonym}, who can no longer change it. Returns false for anyone else's.
     */
    public boolean ownerErased(String accountId, Recipient pseudonym, Instant now) {
        if (!isOwnedBy(accountId)) {
            return false;
        }
        s = new State(s.id(), pseudonym, s.publication(), s.createdAt(), now, s.version());
        return true;
    }

    /** The events caused since this one was loaded, in order. */
    public List<ConveningEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    private void move(Publication<EventDetails> next, Instant now) {
        s = new State(s.id(), s.owner(), next, s.createdAt(), now, s.version());
    }
}
