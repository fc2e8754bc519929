package org.wsis.prize.review.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An expert as admins see them: who signed in with the role, and when last. */
public record KnownExpert(
        String expertId, String name, @Nullable String organisation, Instant lastSeenAt) {}
