package org.wsis.moderation.flag.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A flag as recorded, for moderators. */
public record RecordedFlag(
        String userId,
        String displayName,
        FlagReason reason,
        @Nullable String text,
        Instant at,
        FlagWeight weight) {}
