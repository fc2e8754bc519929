package org.wsis.notification.preference.domain;

import org.wsis.contracts.Recipient;

/** A person as a broadcast page lists them, with their preferences. */
public record ListedRecipient(Recipient recipient, Preferences preferences) {}
