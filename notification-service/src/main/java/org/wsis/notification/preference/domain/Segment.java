package org.wsis.notification.preference.domain;

/** Who a broadcast goes to. */
public enum Segment {
    /** Everyone who owns an entry or a nomination, or holds the stakeholder role. */
    ALL_STAKEHOLDERS,
    /** Everyone who voted in an edition. */
    EDITION_VOTERS,
    /** The owners of an edition's nominees. */
    NOMINEE_OWNERS,
    /** The people who asked for the newsroom's posts. */
    NEWS_SUBSCRIBERS;

    /** The kind of mail a broadcast to this segment is: what its unsubscribe link switches off. */
    public NotificationType type() {
        return this == NEWS_SUBSCRIBERS ? NotificationType.NEWS : NotificationType.ANNOUNCEMENTS;
    }

    /** Whether the segment is an edition's. */
    public boolean perEdition() {
        return this == EDITION_VOTERS || this == NOMINEE_OWNERS;
    }
}
