package org.wsis.moderation.flag.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A flag as its author sees it: what they flagged, why, and whether it counted. */
public record RaisedFlag(
        String entryId,
        int revision,
        FlagReason reason,
        @Nullable String text,
        Instant at,
        FlagWeight weight) {}
