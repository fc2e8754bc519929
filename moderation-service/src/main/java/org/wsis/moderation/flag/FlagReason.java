package org.wsis.moderation.flag;

/** Why someone flags a published entry. {@code OTHER} needs words. */
public enum FlagReason {
    SPAM,
    OFFENSIVE,
    NOT_ICT_FOR_DEVELOPMENT,
    DUPLICATE,
    OTHER
}
