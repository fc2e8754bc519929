package org.wsis.convening.venue.domain;

import java.time.LocalTime;

/** One time slot of every day at a venue, in the venue's time zone. */
public record SessionSlot(LocalTime start, LocalTime end) {}
