package org.wsis.servicekit.sample;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's address as the sample service sees it, as the prize rules read it. */
@RestController
class CallerAddress {

    @GetMapping("/sample/caller")
    String caller(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
