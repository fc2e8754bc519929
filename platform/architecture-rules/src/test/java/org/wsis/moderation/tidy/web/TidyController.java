package org.wsis.moderation.tidy.web;

import org.wsis.moderation.tidy.first.Tidy;

/** A web adapter that leaves storage to the feature. */
public class TidyController {

    public Object answer() {
        return new Tidy().below();
    }
}
