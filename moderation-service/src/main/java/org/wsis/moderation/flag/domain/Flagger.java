package org.wsis.moderation.flag.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who raises a flag, as their access token describes them.
 *
 * @param userId the account
 * @param displayName the name moderators see next to the flag
 * @param emailVerified whether the identity provider verified the account's address
 * @param accountCreatedAt when the account was created; null when the token does not say
 */
public record Flagger(
        String userId,
        String displayName,
        boolean emailVerified,
        @Nullable Instant accountCreatedAt) {}
