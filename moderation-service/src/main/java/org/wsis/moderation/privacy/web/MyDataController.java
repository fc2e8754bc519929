package org.wsis.moderation.privacy.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.moderation.privacy.PersonalData;
import org.wsis.servicekit.security.Caller;

/** Everything the moderation service holds about the caller, for their download of their data. */
@RestController
public class MyDataController {

    private final PersonalData data;

    public MyDataController(PersonalData data) {
        this.data = data;
    }

    @GetMapping("/api/moderation/mine/export")
    public PersonalData.Export export(Caller caller) {
        return data.of(caller.userId());
    }
}
