package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;

/**
 * A published programme gave a workshop its room and time, moved it, or took it out: the managers of every
 * convenor holding it are written to. A later publication announces only the workshops it changed.
 *
 * @param venue the venue's name
 * @param change what happened to the workshop's place
 * @param room the room, unless cancelled
 * @param startsAt when it starts, unless cancelled
 * @param endsAt when it ends, unless cancelled
 * @param timeZone the venue's IANA time zone, in which the mail states its times
 * @param convenorManagers the managers of the convenors holding it, to whom the mail is written
 */
public record WorkshopScheduled(
        UUID eventId,
        Instant occurredAt,
        String workshopId,
        String title,
        String venueId,
        String venue,
        Change change,
        @Nullable String room,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        String timeZone,
        List<Recipient> convenorManagers)
        implements ConveningEvent {

    /** What happened to the workshop's place in the published programme. */
    public enum Change {
        /** It has a room and time for the first time. */
        SCHEDULED,
        /** Its room or time changed. */
        MOVED,
        /** It is no longer in the programme. */
        CANCELLED
    }

    public WorkshopScheduled {
        convenorManagers = List.copyOf(convenorManagers);
    }

    @Override
    public String aggregateId() {
        return workshopId;
    }
}
