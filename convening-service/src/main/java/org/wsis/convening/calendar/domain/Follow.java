package org.wsis.convening.calendar.domain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ConveningEvent;
import org.wsis.contracts.convening.EventReminderDue;

/**
 * A person follows a calendar entry, to be reminded before it starts: once per start time, so an entry
 * moved to another time reminds them again, and a reminder already sent is never sent twice.
 */
public final class Follow {

    /** Everything stored about a follow. */
    public record State(
            String id,
            String entryKey,
            Recipient follower,
            Instant createdAt,
            @Nullable Instant remindedFor,
            @Nullable Long version) {}

    /** What the reminder says of the entry. */
    public record Reminder(
            String title,
            String organiser,
            ZonedDateTime start,
            ZonedDateTime end,
            boolean online,
            @Nullable String link,
            @Nullable String place) {}

    private State s;
    private final List<ConveningEvent> pendingEvents = new ArrayList<>();

    private Follow(State s) {
        this.s = s;
    }

    public static String idOf(String entryKey, String userId) {
        return entryKey + "|" + userId;
    }

    public static Follow start(String entryKey, Recipient follower, Instant now) {
        return new Follow(new State(idOf(entryKey, follower.userId()), entryKey, follower, now, null, null));
    }

    public static Follow restore(State state) {
        return new Follow(state);
    }

    public State state() {
        return s;
    }

    public String id() {
        return s.id();
    }

    public String entryKey() {
        return s.entryKey();
    }

    public @Nullable Long version() {
        return s.version();
    }

    /** Reminds the follower of the entry starting as {@code reminder} says; false when already reminded of that start. */
    public boolean remind(Reminder reminder, Instant now) {
        Instant start = reminder.start().toInstant();
        if (start.equals(s.remindedFor())) {
            return false;
        }
        s = new State(s.id(), s.entryKey(), s.follower(), s.createdAt(), start, s.version());
        pendingEvents.add(new EventReminderDue(
                UUID.randomUUID(),
                now,
                s.id(),
                s.entryKey(),
                reminder.title(),
                reminder.organiser(),
                start,
                reminder.end().toInstant(),
                reminder.start().getZone().getId(),
                reminder.online(),
                reminder.link(),
                reminder.place(),
                s.follower()));
        return true;
    }

    public List<ConveningEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
