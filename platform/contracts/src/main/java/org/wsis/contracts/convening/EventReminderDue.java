package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;

/**
 * An event of the global calendar that a person follows starts soon: they are reminded of it, once per
 * start time (an event moved to another day reminds them again).
 *
 * @param followId who follows what: the record key
 * @param entryKey the calendar entry ({@code event-…} for a listed event, {@code issue-…} for an event a
 *     convenor plans about an issue), which names its page and its {@code .ics}
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param timeZone the IANA time zone it is held in, in which the mail states its times
 * @param online whether it is held online
 * @param link where to join it online, when it is
 * @param place where it is held, when it is held somewhere
 * @param follower who is reminded
 */
public record EventReminderDue(
        UUID eventId,
        Instant occurredAt,
        String followId,
        String entryKey,
        String title,
        String organiser,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        boolean online,
        @Nullable String link,
        @Nullable String place,
        Recipient follower)
        implements ConveningEvent {

    @Override
    public String aggregateId() {
        return followId;
    }
}
