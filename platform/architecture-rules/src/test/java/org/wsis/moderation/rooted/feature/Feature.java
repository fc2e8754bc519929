package org.wsis.moderation.rooted.feature;

import org.wsis.moderation.rooted.RootedWiring;

/** A feature that reaches back into the root package that wires it. */
public class Feature {

    public RootedWiring wiring() {
        return new RootedWiring();
    }
}
