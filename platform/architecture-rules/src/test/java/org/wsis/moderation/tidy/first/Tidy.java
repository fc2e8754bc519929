package org.wsis.moderation.tidy.first;

import org.wsis.moderation.tidy.second.Below;

/** Depends on the feature {@code second}, which does not depend back. */
public class Tidy {

    public Below below() {
        return new Below();
    }
}
