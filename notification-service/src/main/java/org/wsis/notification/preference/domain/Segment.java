package org.wsis.notification.preference.domain;

/** Who a broadcast goes to. */
public enum Segment {
    /** Everyone who owns an entry or a nomination, or holds the stakeholder role. */
    ALL_STAKEHOLDERS,
    /** Everyone who voted in an edition. */
    EDITION_VOTERS,
    /** The owners of an edition's nominees. */
    NOMINEE_OWNERS
}
