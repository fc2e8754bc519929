package org.wsis.community.forum.domain;

/**
 * What a thread discusses beyond its own topic: a public stocktaking entry, a convenor's issue or a workshop,
 * with its title when the thread was started.
 */
public record About(Kind kind, String id, String title) {

    /** What kinds of thing a thread may be about. */
    public enum Kind {
        ENTRY,
        ISSUE,
        WORKSHOP
    }

    /** The key of the thing in URLs and queries: {@code ENTRY:<id>}. */
    public String key() {
        return kind.name() + ":" + id;
    }
}
