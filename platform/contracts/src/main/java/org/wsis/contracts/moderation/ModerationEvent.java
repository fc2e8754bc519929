package org.wsis.contracts.moderation;

import org.wsis.contracts.DomainEvent;

/**
 * The stream of moderation outcomes, on {@code wsis.moderation.v1}. Keyed by the moderated subject's
 * id, so that every decision about one entry or nomination stays in order.
 */
public sealed interface ModerationEvent extends DomainEvent
        permits ModerationDecided, EntryHiddenPendingReview, PostHiddenPendingReview {}
