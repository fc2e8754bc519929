package org.wsis.notification.privacy.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.notification.privacy.PersonalData;
import org.wsis.servicekit.security.Caller;

/** The caller's own data, as {@link PersonalData} gathers it. */
@RestController
public class MyDataController {

    private final PersonalData data;

    public MyDataController(PersonalData data) {
        this.data = data;
    }

    @GetMapping("/api/notifications/mine/export")
    public PersonalData.Export export(Caller caller) {
        return data.of(caller.userId());
    }
}
