package org.wsis.moderation.queue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.moderation.queue.ModerationQueue;
import org.wsis.moderation.queue.domain.QueueItem;
import org.wsis.moderation.queue.mongo.QueueStore;
import org.wsis.servicekit.security.Caller;

/** What an author does here: follow the items about their entries and appeal a rejection. */
@RestController
@RequestMapping("/api/moderation")
public class CommunityController {

    private final ModerationQueue queue;

    public CommunityController(ModerationQueue queue) {
        this.queue = queue;
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

    @GetMapping("/my-items")
    public List<AuthorView> myItems(Caller caller) {
        return queue.page(new QueueStore.Filter(null, null, null, null, caller.userId(), false, null), 0, 100).stream()
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
