package org.wsis.moderation.tangled.first;

import org.springframework.http.HttpStatus;

/** An application service that answers in HTTP's words instead of its own. */
public class Refusing {

    public HttpStatus refuse() {
        return HttpStatus.NOT_FOUND;
    }
}
