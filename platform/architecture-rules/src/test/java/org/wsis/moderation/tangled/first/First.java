package org.wsis.moderation.tangled.first;

import org.wsis.moderation.tangled.second.Second;

/** Depends on the feature {@code second}, which depends back on this one: a cycle. */
public class First {

    public Second next() {
        return new Second();
    }
}
