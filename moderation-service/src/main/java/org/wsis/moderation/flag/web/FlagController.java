package org.wsis.moderation.flag.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.moderation.flag.Flagging;
import org.wsis.moderation.flag.domain.FlagReason;
import org.wsis.moderation.flag.domain.Flagger;
import org.wsis.servicekit.security.Caller;

/** Any signed-in person flags a published entry. */
@RestController
@RequestMapping("/api/moderation")
public class FlagController {

    private final Flagging flagging;

    public FlagController(Flagging flagging) {
        this.flagging = flagging;
    }

    public record FlagRequest(
            @NotBlank @Size(max = 100) String entryId,
            @NotNull FlagReason reason,
            @Nullable @Size(max = 1000) String text) {

        @AssertTrue(message = "say in words what is wrong when the reason is OTHER")
        public boolean isExplainedWhenOther() {
            return reason != FlagReason.OTHER || (text != null && !text.isBlank());
        }
    }

    @PostMapping("/flags")
    public ResponseEntity<Void> flag(Caller caller, @Valid @RequestBody FlagRequest request) {
        flagging.flag(
                request.entryId(),
                new Flagger(caller.userId(), caller.displayName(), caller.emailVerified(), caller.accountCreatedAt()),
                request.reason(),
                request.text());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }
}
