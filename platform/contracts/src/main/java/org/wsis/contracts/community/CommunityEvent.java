package org.wsis.contracts.community;

import org.wsis.contracts.DomainEvent;

/**
 * The stream of the community, on {@code wsis.community.v1}: what happens to a post of the forum or of the
 * newsroom and to a document of the global repository, keyed by the post's or document's id so that one's
 * events stay in order.
 */
public sealed interface CommunityEvent extends DomainEvent
        permits ForumPostPublished, ForumPostRemoved, NewsPublished, DocumentSubmitted, DocumentWithdrawn {}
