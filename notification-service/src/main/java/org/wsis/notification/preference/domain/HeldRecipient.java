package org.wsis.notification.preference.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the service holds about a person it writes to, besides their preferences: for their own export. */
public record HeldRecipient(
        String email,
        String displayName,
        @Nullable String locale,
        boolean stakeholder,
        boolean moderator,
        boolean emailVerified,
        List<Integer> votedEditions) {}
