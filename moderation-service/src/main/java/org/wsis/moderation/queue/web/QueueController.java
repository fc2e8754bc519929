package org.wsis.moderation.queue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.moderation.queue.ModerationQueue;
import org.wsis.moderation.queue.domain.ItemState;
import org.wsis.moderation.queue.domain.ModerationRefused;
import org.wsis.moderation.queue.domain.QueueItem;
import org.wsis.moderation.queue.domain.ReasonCode;
import org.wsis.servicekit.problem.Problems;
import org.wsis.servicekit.security.Caller;

/** The moderators' queue. Only the {@code moderator} role reads or decides. */
@RestController
@RequestMapping("/api/moderation/items")
@PreAuthorize("hasRole('moderator')")
@Validated
public class QueueController {

    private final ModerationQueue queue;

    public QueueController(ModerationQueue queue) {
        this.queue = queue;
    }

    public record ItemView(
            String id,
            String subjectType,
            String subjectId,
            int revision,
            String title,
            String authorId,
            Instant createdAt,
            String state,
            @Nullable String decision,
            @Nullable String reasonCode,
            @Nullable String messageToAuthor,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt) {

        static ItemView of(QueueItem i) {
            return new ItemView(
                    i.id(),
                    i.subjectType().name(),
                    i.subjectId(),
                    i.revision(),
                    i.title(),
                    i.authorId(),
                    i.createdAt(),
                    i.state().name(),
                    i.decision() == null ? null : i.decision().name(),
                    i.reasonCode() == null ? null : i.reasonCode().name(),
                    i.messageToAuthor(),
                    i.decidedBy(),
                    i.decidedAt());
        }
    }

    public record ItemPage(List<ItemView> items, int page, int size, long total) {}

    public record DecisionRequest(
            @NotNull Decision decision,
            @NotNull ReasonCode reasonCode,
            @Nullable @Size(max = 4000) String message) {}

    @GetMapping
    public ItemPage list(
            @RequestParam(defaultValue = "PENDING") ItemState state,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<ItemView> items =
                queue.page(state, page, size).stream().map(ItemView::of).toList();
        return new ItemPage(items, page, size, queue.count(state));
    }

    @GetMapping("/{id}")
    public ItemView get(@PathVariable String id) {
        return ItemView.of(queue.get(id));
    }

    @PostMapping("/{id}/decision")
    public ItemView decide(@PathVariable String id, Caller caller, @Valid @RequestBody DecisionRequest request) {
        return ItemView.of(
                queue.decide(id, caller.userId(), request.decision(), request.reasonCode(), request.message()));
    }

    @ExceptionHandler(ModerationRefused.class)
    ResponseEntity<ProblemDetail> refused(ModerationRefused e) {
        HttpStatus status = "message-required".equals(e.code()) ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(Problems.of(status, e.code(), e.getMessage()));
    }
}
