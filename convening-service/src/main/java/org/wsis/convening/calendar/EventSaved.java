package org.wsis.convening.calendar;

/** A calendar event was written; whoever keeps a view of the calendar brings it up to date. */
public record EventSaved(String eventId) {}
