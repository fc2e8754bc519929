package org.wsis.moderation.flag.domain;

/** Why someone flags a published entry. {@code OTHER} needs words. */
public enum FlagReason {
    SPAM,
    OFFENSIVE,
    NOT_ICT_FOR_DEVELOPMENT,
    DUPLICATE,
    OTHER
}
