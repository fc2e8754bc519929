package org.wsis.moderation.rooted;

import org.wsis.moderation.rooted.feature.Feature;

/** The service's wiring, in its root package, which a feature uses back: a cycle through the root. */
public class RootedWiring {

    public static final int PAGE_SIZE = 20;

    public Feature feature() {
        return new Feature();
    }
}
