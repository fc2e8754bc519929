package org.wsis.submission.entry;

/** An entry was written; whoever keeps a view of entries (the search index) brings it up to date. */
public record EntrySaved(String entryId) {}
