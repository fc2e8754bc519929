package org.wsis.convening.calendar.domain;

/** The kinds of event the calendar lists; the first four are also the kinds convenors plan about issues. */
public enum EventType {
    WORKSHOP,
    SEMINAR,
    CONSULTATION,
    CONFERENCE,
    FORUM,
    WEBINAR,
    TRAINING,
    OTHER
}
