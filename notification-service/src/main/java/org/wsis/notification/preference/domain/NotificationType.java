package org.wsis.notification.preference.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of mail a person can tune separately, each with its default frequency and the frequencies
 * it allows. Moderators' queue news comes as a digest only: one mail per waiting item would bury them.
 */
public enum NotificationType {
    /** Status changes of one's own entries: received, published, changes requested, rejected, hidden. */
    ENTRY_STATUS(Frequency.IMMEDIATE, EnumSet.allOf(Frequency.class)),
    /** One's nominations: eligible or not, shortlisted as a nominee. */
    NOMINATIONS(Frequency.IMMEDIATE, EnumSet.allOf(Frequency.class)),
    /** The prizes one competes in: voting open, Champion, Winner, results published. */
    PRIZE_RESULTS(Frequency.IMMEDIATE, EnumSet.allOf(Frequency.class)),
    /** Moderators: new items waiting in the queue. */
    MODERATION_QUEUE(Frequency.DAILY, EnumSet.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.OFF)),
    /**
     * The convening: one's convenors, issues and calendar events (received, published, returned), requests
     * to connect, and contacts accepted.
     */
    CONVENING(Frequency.IMMEDIATE, EnumSet.allOf(Frequency.class)),
    /**
     * Other convenors address an issue similar to one's own: asked for (off by default), and at most weekly,
     * in a digest.
     */
    SIMILAR_ISSUES(Frequency.OFF, EnumSet.of(Frequency.WEEKLY, Frequency.OFF)),
    /** Reminders of the calendar events one follows, before they start: late in a digest is too late. */
    EVENT_REMINDERS(Frequency.IMMEDIATE, EnumSet.of(Frequency.IMMEDIATE, Frequency.OFF)),
    /** New replies in the forum's threads one follows. */
    FORUM(Frequency.IMMEDIATE, EnumSet.allOf(Frequency.class)),
    /** Announcements the WSIS team sends to a group of people. */
    ANNOUNCEMENTS(Frequency.IMMEDIATE, EnumSet.of(Frequency.IMMEDIATE, Frequency.OFF)),
    /** The newsroom's new posts, as they are published: asked for (off by default). */
    NEWS(Frequency.OFF, EnumSet.of(Frequency.IMMEDIATE, Frequency.OFF));

    private final Frequency byDefault;
    private final Set<Frequency> allowed;

    NotificationType(Frequency byDefault, Set<Frequency> allowed) {
        this.byDefault = byDefault;
        // In declaration order, as people read them: immediately, daily, weekly, off.
        this.allowed = java.util.Collections.unmodifiableSet(EnumSet.copyOf(allowed));
    }

    public Frequency byDefault() {
        return byDefault;
    }

    public boolean allows(Frequency frequency) {
        return allowed.contains(frequency);
    }

    public Set<Frequency> allowed() {
        return allowed;
    }
}
