package org.wsis.notification.preference.domain;

/** How often a person hears about one type of notification. */
public enum Frequency {
    /** One mail per event, as it happens. */
    IMMEDIATE,
    /** One mail a day at the person's chosen hour, with everything since the last one. */
    DAILY,
    /** One mail a week, on the person's chosen day and hour. */
    WEEKLY,
    /** Nothing. */
    OFF
}
