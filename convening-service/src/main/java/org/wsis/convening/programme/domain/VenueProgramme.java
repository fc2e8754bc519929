package org.wsis.convening.programme.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.convening.ConveningEvent;
import org.wsis.convening.publication.domain.PublicationRefused;

/**
 * A venue's programme: the draft placements the admins and the solver work on, and the announcements of
 * the last published programme. While the solver works on it (for a limited time, in one replica) nobody
 * else changes the placements.
 */
public final class VenueProgramme {

    /**
     * A solve under way: its token (what it writes is taken only while it holds the programme), when it
     * started, when it stops at the latest, and its best score so far.
     */
    public record Solving(
            String token,
            Instant startedAt,
            Instant until,
            @Nullable String bestScore) {}

    /** Everything stored about a programme; replaced, never changed, by each move. */
    public record State(
            String venueId,
            List<Placement> placements,
            List<Announcement> announced,
            @Nullable Solving solving,
            @Nullable String score,
            @Nullable Instant solvedAt,
            int publications,
            @Nullable Instant publishedAt,
            Instant updatedAt,
            @Nullable Long version) {

        public State {
            placements = List.copyOf(placements);
            announced = List.copyOf(announced);
        }
    }

    /** What a publication changes for one workshop. */
    public record Change(
            String workshopId, Kind kind, @Nullable Announcement announcement) {

        /** A place for the first time, another place, or out of the programme. */
        public enum Kind {
            SCHEDULED,
            MOVED,
            CANCELLED
        }
    }

    /** A solve left unfinished this long after its end (its replica stopped) no longer holds the programme. */
    static final Duration GRACE = Duration.ofMinutes(1);

    private State s;
    private final List<ConveningEvent> pendingEvents = new ArrayList<>();

    private VenueProgramme(State s) {
        this.s = s;
    }

    public static VenueProgramme empty(String venueId, Instant now) {
        return new VenueProgramme(new State(venueId, List.of(), List.of(), null, null, null, 0, null, now, null));
    }

    public static VenueProgramme restore(State state) {
        return new VenueProgramme(state);
    }

    public State state() {
        return s;
    }

    public String venueId() {
        return s.venueId();
    }

    public @Nullable Long version() {
        return s.version();
    }

    public List<Placement> placements() {
        return s.placements();
    }

    public List<Announcement> announced() {
        return s.announced();
    }

    public Optional<Placement> placement(String workshopId) {
        return s.placements().stream()
                .filter(p -> p.workshopId().equals(workshopId))
                .findFirst();
    }

    public Optional<Announcement> announcement(String workshopId) {
        return s.announced().stream()
                .filter(a -> a.workshopId().equals(workshopId))
                .findFirst();
    }

    /** Whether a solve holds the programme at {@code now}. */
    public boolean solvingAt(Instant now) {
        return s.solving() != null && now.isBefore(s.solving().until().plus(GRACE));
    }

    /** A solve takes the programme until {@code now + limit} (and a grace); returns its token. */
    public String startSolving(Instant now, Duration limit) {
        if (solvingAt(now)) {
            throw new PublicationRefused(
                    "already-solving",
                    "The programme is being solved; stop it or wait until "
                            + s.solving().until() + ".");
        }
        String token = UUID.randomUUID().toString();
        s = with(s.placements(), new Solving(token, now, now.plus(limit), null), s.score(), s.solvedAt(), now);
        return token;
    }

    /** The solve {@code token} found a better programme; ignored unless that solve still holds the programme. */
    public boolean progress(String token, List<Placement> placements, String score, Instant now) {
        if (!holds(token)) {
            return false;
        }
        Solving solving =
                new Solving(token, s.solving().startedAt(), s.solving().until(), score);
        s = with(placements, solving, score, s.solvedAt(), now);
        return true;
    }

    /**
     * The solve {@code token} is over: its best programme becomes the draft (none when it failed). A solve
     * that no longer holds the programme (it outlived its time and another took over) changes nothing.
     */
    public boolean finish(String token, @Nullable List<Placement> placements, @Nullable String score, Instant now) {
        if (!holds(token)) {
            return false;
        }
        s = with(placements == null ? s.placements() : placements, null, score == null ? s.score() : score, now, now);
        return true;
    }

    private boolean holds(String token) {
        return s.solving() != null && s.solving().token().equals(token);
    }

    /** An admin places a workshop by hand (and pins it there, or not), or takes it out of the draft. */
    public void place(String workshopId, @Nullable Placement placement, Instant now) {
        if (solvingAt(now)) {
            throw new PublicationRefused("already-solving", "The programme is being solved; stop it first.");
        }
        List<Placement> placements = new ArrayList<>(s.placements());
        placements.removeIf(p -> p.workshopId().equals(workshopId));
        if (placement != null) {
            placements.add(placement);
        }
        s = with(placements, null, null, s.solvedAt(), now);
    }

    /**
     * What publishing the draft would change: the workshops placed for the first time, placed elsewhere
     * than announced, and announced but no longer placed.
     */
    public List<Change> changes() {
        Map<String, Announcement> before = new HashMap<>();
        s.announced().forEach(a -> before.put(a.workshopId(), a));
        List<Change> changes = new ArrayList<>();
        for (Placement p : s.placements()) {
            Announcement was = before.remove(p.workshopId());
            if (was == null) {
                changes.add(new Change(p.workshopId(), Change.Kind.SCHEDULED, null));
            } else if (!p.samePlaceAs(was)) {
                changes.add(new Change(p.workshopId(), Change.Kind.MOVED, was));
            }
        }
        before.values().forEach(a -> changes.add(new Change(a.workshopId(), Change.Kind.CANCELLED, a)));
        return changes;
    }

    /** The draft becomes the published programme; {@code announcements} tell each changed workshop's convenors. */
    public void publish(List<? extends ConveningEvent> announcements, Instant now) {
        if (solvingAt(now)) {
            throw new PublicationRefused("already-solving", "The programme is being solved; publish it once done.");
        }
        Map<String, Announcement> before = new HashMap<>();
        s.announced().forEach(a -> before.put(a.workshopId(), a));
        List<Announcement> announced = new ArrayList<>();
        for (Placement p : s.placements()) {
            Announcement was = before.get(p.workshopId());
            if (was == null) {
                announced.add(new Announcement(p.workshopId(), p.roomId(), p.start(), 0, now, now));
            } else if (p.samePlaceAs(was)) {
                announced.add(was);
            } else {
                announced.add(new Announcement(
                        p.workshopId(), p.roomId(), p.start(), was.sequence() + 1, was.firstAnnouncedAt(), now));
            }
        }
        s = new State(
                s.venueId(),
                s.placements(),
                announced,
                null,
                s.score(),
                s.solvedAt(),
                s.publications() + 1,
                now,
                now,
                s.version());
        pendingEvents.addAll(announcements);
    }

    /** The events caused since this one was loaded, in order. */
    public List<ConveningEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    private State with(
            List<Placement> placements,
            @Nullable Solving solving,
            @Nullable String score,
            @Nullable Instant solvedAt,
            Instant now) {
        return new State(
                s.venueId(),
                placements,
                s.announced(),
                solving,
                score,
                solvedAt,
                s.publications(),
                s.publishedAt(),
                now,
                s.version());
    }
}
