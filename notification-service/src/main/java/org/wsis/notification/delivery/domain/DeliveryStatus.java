package org.wsis.notification.delivery.domain;

/**
 * Where a delivery stands. {@code PENDING} until the SMTP server accepted the mail, then {@code SENT};
 * {@code FAILED} when the server refused it for good or every retry was used up; {@code SUPPRESSED}
 * when the recipient switched this type of mail off, recorded so that the log says why nothing went.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    SUPPRESSED
}
