package org.wsis.convening.venue;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.wsis.convening.venue.domain.SlotRef;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.convening.venue.domain.VenueRoom;
import org.wsis.convening.venue.mongo.VenueStore;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * The venues of thematic workshops: set up and changed by the programme's admins (role {@code admin} or
 * {@code programme}), read by everybody.
 */
@Service
public class VenueService {

    private final VenueStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public VenueService(VenueStore store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the caller runs programmes: sets up venues, reviews workshops, solves and publishes. */
    public static boolean runsProgrammes(@Nullable Caller caller) {
        return caller != null && (caller.hasRole("admin") || caller.hasRole("programme"));
    }

    /** A new venue from {@code venue}'s contents (its id and version are the store's). */
    public Venue create(Venue venue) {
        Venue created = new Venue(
                UUID.randomUUID().toString(),
                venue.name(),
                venue.year(),
                venue.timeZone(),
                venue.days(),
                venue.slots(),
                venue.rooms(),
                venue.rule(),
                clock.instant(),
                null);
        store.save(created);
        return read(created.id());
    }

    public Venue read(String id) {
        return store.find(id).orElseThrow(() -> Refusal.notFound("Venue " + id));
    }

    public List<Venue> all() {
        return store.all();
    }

    /** Replaces a venue's contents, at the version the caller read. */
    public Venue replace(String id, @Nullable Long expectedVersion, Venue contents) {
        Venue current = loaded(id, expectedVersion);
        store.save(new Venue(
                id,
                contents.name(),
                contents.year(),
                contents.timeZone(),
                contents.days(),
                contents.slots(),
                contents.rooms(),
                contents.rule(),
                clock.instant(),
                current.version()));
        Venue saved = read(id);
        for (VenueRoom room : saved.rooms()) {
            if (!current.room(room.id()).map(VenueRoom::closed).equals(java.util.Optional.of(room.closed()))) {
                events.publishEvent(new RoomClosuresChanged(saved, room.id()));
            }
        }
        return saved;
    }

    /** The slots a room cannot be used from now on (replacing those it had). */
    public Venue closeRoom(String id, String roomId, @Nullable Long expectedVersion, List<SlotRef> closed) {
        Venue venue = loaded(id, expectedVersion);
        VenueRoom room = venue.room(roomId).orElseThrow(() -> Refusal.notFound("Room " + roomId));
        List<SlotRef> unknown =
                closed.stream().filter(ref -> venue.index(ref) < 0).toList();
        if (!unknown.isEmpty()) {
            throw Refusal.invalid("unknown-slot", "The venue has no such day or slot: " + unknown + ".");
        }
        store.save(venue.withRoom(room.withClosed(closed.stream().distinct().toList()), clock.instant()));
        Venue saved = read(id);
        events.publishEvent(new RoomClosuresChanged(saved, roomId));
        return saved;
    }

    private Venue loaded(String id, @Nullable Long expectedVersion) {
        Venue venue = read(id);
        if (expectedVersion != null && !expectedVersion.equals(venue.version())) {
            throw Refusal.staleVersion();
        }
        return venue;
    }
}
