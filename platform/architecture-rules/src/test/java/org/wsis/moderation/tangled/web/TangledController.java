package org.wsis.moderation.tangled.web;

import org.bson.Document;

/** A web adapter that builds a database document itself. */
public class TangledController {

    public Document answer() {
        return new Document("status", "SUBMITTED");
    }
}
