package org.wsis.moderation.tidy;

import org.wsis.moderation.tidy.first.Tidy;

/** The service's wiring, in its root package: it uses the features, none uses it. */
public class TidyWiring {

    public Tidy tidy() {
        return new Tidy();
    }
}
