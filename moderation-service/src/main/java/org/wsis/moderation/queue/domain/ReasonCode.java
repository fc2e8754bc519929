package org.wsis.moderation.queue.domain;

/** The fixed list of reasons a moderator gives; the author also gets a message in words. */
public enum ReasonCode {
    MEETS_GUIDELINES,
    INCOMPLETE,
    NOT_ICT_FOR_DEVELOPMENT,
    DUPLICATE,
    INAPPROPRIATE_CONTENT,
    OTHER
}
