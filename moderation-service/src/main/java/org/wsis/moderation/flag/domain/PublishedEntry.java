package org.wsis.moderation.flag.domain;

import java.util.List;

/** An entry now public, as far as this service knows: what may be flagged, and by whom not (its author). */
public record PublishedEntry(String entryId, int revision, String title, String authorId, List<String> actionLines) {}
