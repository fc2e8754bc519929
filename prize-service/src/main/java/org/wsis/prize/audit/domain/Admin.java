package org.wsis.prize.audit.domain;

/** The admin who acted: their account and the name others know them by. */
public record Admin(String userId, String name) {}
