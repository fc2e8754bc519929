package org.wsis.moderation.flag.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.moderation.flag.Flagging;
import org.wsis.moderation.flag.domain.FlagReason;
import org.wsis.moderation.flag.domain.Flagger;
import org.wsis.moderation.flag.domain.PublishedEntry;
import org.wsis.servicekit.security.Caller;

/** Any signed-in person flags a published entry or a post of the forum. */
@RestController
@RequestMapping("/api/moderation")
public class FlagController {

    private final Flagging flagging;

    public FlagController(Flagging flagging) {
        this.flagging = flagging;
    }

    /** What is flagged: a published entry ({@code entryId}) or a post of the forum ({@code postId}), one of them. */
    public record FlagRequest(
            @Nullable @Size(min = 1, max = 100) String entryId,
            @Nullable @Size(min = 1, max = 100) String postId,
            @NotNull FlagReason reason,
            @Nullable @Size(max = 1000) String text) {

        @AssertTrue(message = "name either the entry (entryId) or the post (postId) you flag, not both")
        public boolean isAboutOneThing() {
            return (entryId == null) != (postId == null);
        }

        String key() {
            return postId != null
                    ? PublishedEntry.keyOf(SubjectType.FORUM_POST, postId.strip())
                    : java.util.Objects.requireNonNull(entryId).strip();
        }

        @AssertTrue(message = "say in words what is wrong when the reason is OTHER")
        public boolean isExplainedWhenOther() {
            return reason != FlagReason.OTHER || (text != null && !text.isBlank());
        }
    }

    @PostMapping("/flags")
    public ResponseEntity<Void> flag(Caller caller, @Valid @RequestBody FlagRequest request) {
        flagging.flag(
                request.key(),
                new Flagger(caller.userId(), caller.displayName(), caller.emailVerified(), caller.accountCreatedAt()),
                request.reason(),
                request.text());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }
}
