package org.wsis.moderation.queue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.moderation.flag.domain.FlagReason;
import org.wsis.moderation.flag.domain.Flagger;
import org.wsis.moderation.queue.ModerationQueue;
import org.wsis.moderation.queue.domain.QueueItem;
import org.wsis.moderation.queue.mongo.QueueStore;
import org.wsis.servicekit.security.Caller;

/** What any signed-in person does here: flag a published entry; as an author, follow and appeal. */
@RestController
@RequestMapping("/api/moderation")
public class CommunityController {

    private final ModerationQueue queue;

    public CommunityController(ModerationQueue queue) {
        this.queue = queue;
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

    public record AppealRequest(@NotBlank @Size(max = 4000) String message) {}

    /** What an author sees of an item about their entry: its state and the words addressed to them. */
    public record AuthorView(
            String id,
            String kind,
            String entryId,
            int revision,
            String title,
            String state,
            @Nullable String decision,
            @Nullable String reasonCode,
            @Nullable String messageToAuthor,
            Instant queuedAt) {

        static AuthorView of(QueueItem item) {
            QueueItem.Snapshot s = item.snapshot();
            return new AuthorView(
                    s.id(),
                    s.kind().name(),
                    s.subjectId(),
                    s.revision(),
                    s.title(),
                    s.state().name(),
                    s.decision() == null ? null : s.decision().name(),
                    s.reasonCode() == null ? null : s.reasonCode().name(),
                    s.messageToAuthor(),
                    s.createdAt());
        }
    }

    @PostMapping("/flags")
    public ResponseEntity<Void> flag(Caller caller, @Valid @RequestBody FlagRequest request) {
        queue.flag(
                request.entryId(),
                new Flagger(caller.userId(), caller.displayName(), caller.emailVerified(), caller.accountCreatedAt()),
                request.reason(),
                request.text());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @GetMapping("/my-items")
    public List<AuthorView> myItems(Caller caller) {
        return queue.page(new QueueStore.Filter(null, null, null, null, caller.userId(), false), 0, 100).stream()
                .map(AuthorView::of)
                .toList();
    }

    @PostMapping("/items/{id}/appeal")
    public ResponseEntity<AuthorView> appeal(
            @PathVariable String id, Caller caller, @Valid @RequestBody AppealRequest request) {
        QueueItem appeal = queue.appeal(id, caller.userId(), request.message());
        return ResponseEntity.created(URI.create("/api/moderation/my-items")).body(AuthorView.of(appeal));
    }
}
