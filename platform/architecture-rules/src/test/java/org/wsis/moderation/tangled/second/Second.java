package org.wsis.moderation.tangled.second;

import org.wsis.moderation.tangled.first.First;

/** Depends back on the feature {@code first}. */
public class Second {

    public First previous() {
        return new First();
    }
}
