package org.wsis.moderation.tangled.first;

import org.bson.Document;
import org.springframework.web.bind.annotation.RestController;

/** A controller outside any web package that reads a database document itself. */
@RestController
public class FirstController {

    public String title(Document stored) {
        return stored.getString("title");
    }
}
