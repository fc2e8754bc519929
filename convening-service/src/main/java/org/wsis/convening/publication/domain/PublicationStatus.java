package org.wsis.convening.publication.domain;

/** Where a moderated item stands, as for the stocktaking entries. */
public enum PublicationStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    CHANGES_REQUESTED,
    REJECTED,
    WITHDRAWN
}
