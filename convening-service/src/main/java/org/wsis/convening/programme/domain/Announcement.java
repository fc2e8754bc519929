package org.wsis.convening.programme.domain;

import java.time.Instant;
import org.wsis.convening.venue.domain.SlotRef;

/**
 * Where a published programme told a workshop's convenors it is. {@code sequence} counts the places
 * announced (its iCalendar {@code SEQUENCE}), from 0.
 */
public record Announcement(
        String workshopId, String roomId, SlotRef start, int sequence, Instant firstAnnouncedAt, Instant announcedAt) {}
