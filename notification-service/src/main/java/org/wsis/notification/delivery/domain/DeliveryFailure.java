package org.wsis.notification.delivery.domain;

/** Why a delivery failed for good. */
public enum DeliveryFailure {
    /** The server refused the mail with a 5xx reply. */
    PERMANENT,
    /** Temporary failures went on until every attempt was used. */
    GAVE_UP,
    /** The mail could not be written (a template or data error). */
    UNRENDERABLE
}
