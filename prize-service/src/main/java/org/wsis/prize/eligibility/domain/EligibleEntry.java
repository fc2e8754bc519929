package org.wsis.prize.eligibility.domain;

import java.time.Instant;
import java.util.List;
import org.wsis.contracts.ActionLine;

/** A published stocktaking entry, as far as prizes need it: who owns it, and which revision is public. */
public record EligibleEntry(
        String entryId,
        String title,
        String organisation,
        List<ActionLine> actionLines,
        String ownerId,
        int revision,
        Instant publishedAt) {}
