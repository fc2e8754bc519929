package org.wsis.contracts;

import org.jspecify.annotations.Nullable;

/**
 * The person concerned by a status change, carried in the event so that the notification service can
 * write to them without calling back.
 *
 * @param userId the identity provider's subject
 * @param email where status mail goes
 * @param displayName how to greet them
 * @param locale preferred language tag (ar, zh, en, fr, ru, es); null means English
 */
public record Recipient(
        String userId,
        String email,
        String displayName,
        @Nullable String locale) {}
