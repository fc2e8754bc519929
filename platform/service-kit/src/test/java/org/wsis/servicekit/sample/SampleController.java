package org.wsis.servicekit.sample;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.servicekit.security.Caller;

/** The sample service's one endpoint that needs a caller: who the token says they are. */
@RestController
class SampleController {

    record Me(String userId, boolean emailVerified, String accountCreatedAt) {}

    @GetMapping("/api/samples/me")
    Me me(Caller caller) {
        return new Me(caller.userId(), caller.emailVerified(), String.valueOf(caller.accountCreatedAt()));
    }
}
