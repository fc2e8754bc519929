package org.wsis.moderation.queue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.ItemKind;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.moderation.queue.ModerationQueue;
import org.wsis.moderation.queue.domain.ItemState;
import org.wsis.moderation.queue.domain.QueueItem;
import org.wsis.moderation.queue.domain.ReasonCode;
import org.wsis.moderation.queue.mongo.QueueStore;
import org.wsis.servicekit.export.Csv;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * The moderation queue. Moderators (role {@code moderator}) read and decide every item but proposed
 * workshops, which the programme's admins (role {@code admin} or {@code programme}) read and decide; an
 * item outside one's desk does not exist for them.
 */
@RestController
@RequestMapping("/api/moderation")
@PreAuthorize("hasAnyRole('moderator', 'admin', 'programme')")
@Validated
public class QueueController {

    private final ModerationQueue queue;
    private final Clock clock;

    public QueueController(ModerationQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    public record ItemPage(List<ItemView> items, int page, int size, long total, Map<ItemState, Long> counts) {}

    public record DecisionRequest(
            @NotNull Decision decision,
            @NotNull ReasonCode reasonCode,
            @Nullable @Size(max = 4000) String message) {}

    public record BulkDecisionRequest(
            @NotEmpty @Size(max = 100) List<@NotNull String> itemIds,
            @NotNull Decision decision,
            @NotNull ReasonCode reasonCode,
            @Nullable @Size(max = 4000) String message) {}

    public record BulkDecisionResult(List<ModerationQueue.BulkOutcome> results) {}

    private ItemView view(QueueItem item, Caller viewer) {
        return ItemView.of(item, queue.flagCount(item.id()), viewer.userId());
    }

    /**
     * The queue, oldest first (or most flagged first), filtered by kind, state, action line and age,
     * with the number of items per state for the same filters.
     */
    @GetMapping("/items")
    public ItemPage list(
            Caller caller,
            @RequestParam(required = false) @Nullable ItemKind kind,
            @RequestParam(required = false) @Nullable ItemState state,
            @RequestParam(required = false) @Nullable ActionLine actionLine,
            @RequestParam(required = false) @Nullable @Min(0) Integer olderThanHours,
            @RequestParam(defaultValue = "oldest") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        QueueStore.Filter filter = new QueueStore.Filter(
                kind,
                state,
                actionLine == null ? null : actionLine.name(),
                olderThanHours == null ? null : clock.instant().minus(Duration.ofHours(olderThanHours)),
                null,
                "mostFlagged".equals(sort),
                desk(caller));
        List<ItemView> items = queue.page(filter, page, size).stream()
                .map(item -> view(item, caller))
                .toList();
        return new ItemPage(items, page, size, queue.count(filter), queue.countsPerState(filter));
    }

    @GetMapping("/items/{id}")
    public ItemView get(@PathVariable String id, Caller caller) {
        return view(visible(id, caller), caller);
    }

    @GetMapping("/items/{id}/audit")
    public List<ItemView.AuditLine> audit(@PathVariable String id, Caller caller) {
        return visible(id, caller).audit().stream().map(ItemView.AuditLine::of).toList();
    }

    /** Who flagged the entry this item is about; refused to its author (own-item). */
    @GetMapping("/items/{id}/flags")
    public List<ItemView.FlagLine> flags(@PathVariable String id, Caller caller) {
        visible(id, caller);
        return queue.flagsOn(id, caller.userId()).stream()
                .map(ItemView.FlagLine::of)
                .toList();
    }

    @PostMapping("/items/{id}/claim")
    public ItemView claim(@PathVariable String id, Caller caller) {
        visible(id, caller);
        return view(queue.claim(id, caller.userId()), caller);
    }

    @PostMapping("/items/{id}/release")
    public ItemView release(@PathVariable String id, Caller caller) {
        visible(id, caller);
        return view(queue.release(id, caller.userId()), caller);
    }

    @PostMapping("/items/{id}/decision")
    public ItemView decide(@PathVariable String id, Caller caller, @Valid @RequestBody DecisionRequest request) {
        visible(id, caller);
        return view(
                queue.decide(id, caller.userId(), request.decision(), request.reasonCode(), request.message()), caller);
    }

    /** Decides several claimed items alike; the answer says, item by item, what happened. */
    @PostMapping("/items/bulk-decision")
    public BulkDecisionResult decideAll(Caller caller, @Valid @RequestBody BulkDecisionRequest request) {
        // Each item on its own: one outside the caller's desk is answered as one that does not exist.
        List<ModerationQueue.BulkOutcome> results = new java.util.ArrayList<>();
        for (String itemId : request.itemIds()) {
            try {
                visible(itemId, caller);
                results.addAll(queue.decideAll(
                        List.of(itemId), caller.userId(), request.decision(), request.reasonCode(), request.message()));
            } catch (Refusal notOnTheDesk) {
                results.add(
                        new ModerationQueue.BulkOutcome(itemId, false, notOnTheDesk.code(), notOnTheDesk.getMessage()));
            }
        }
        return new BulkDecisionResult(results);
    }

    /** The whole audit trail as CSV, one line per recorded move, streamed as it is read. */
    // No "produces": a refusal (403) must still be answered as problem details, whatever the Accept header.
    @GetMapping("/audit.csv")
    @PreAuthorize("hasRole('moderator')")
    public ResponseEntity<StreamingResponseBody> exportAudit() {
        StreamingResponseBody body = out -> {
            Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv.write("item_id,kind,subject_id,revision,action,by,at,detail\n");
            try (Stream<QueueItem> items = queue.everything()) {
                items.forEach(item -> item.audit().forEach(line -> {
                    try {
                        csv.write(String.join(
                                        ",",
                                        Csv.cell(item.id()),
                                        item.kind().name(),
                                        Csv.cell(item.subjectId()),
                                        String.valueOf(item.revision()),
                                        line.action().name(),
                                        Csv.cell(line.by()),
                                        line.at().toString(),
                                        Csv.cell(line.detail()))
                                + "\n");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
            }
            csv.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"moderation-audit.csv\"")
                .body(body);
    }

    /** The subjects the caller decides: moderators every one but workshops, the programme's admins workshops. */
    static Set<SubjectType> desk(Caller caller) {
        Set<SubjectType> desk = EnumSet.noneOf(SubjectType.class);
        if (caller.hasRole("moderator")) {
            desk.addAll(EnumSet.complementOf(EnumSet.of(SubjectType.WORKSHOP)));
        }
        if (caller.hasRole("admin") || caller.hasRole("programme")) {
            desk.add(SubjectType.WORKSHOP);
        }
        return desk;
    }

    /** The item, when it is on the caller's desk; otherwise it does not exist for them. */
    private QueueItem visible(String id, Caller caller) {
        QueueItem item = queue.get(id);
        if (!desk(caller).contains(item.subjectType())) {
            throw Refusal.notFound("Item " + id);
        }
        return item;
    }
}
