package org.wsis.moderation.tidy.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.moderation.tidy.first.Tidy;

/** A web adapter that leaves storage to the feature, and speaks HTTP as an adapter may. */
@RestController
public class TidyController {

    public Object answer() {
        return new Tidy().below();
    }

    public HttpStatus status() {
        return HttpStatus.OK;
    }
}
