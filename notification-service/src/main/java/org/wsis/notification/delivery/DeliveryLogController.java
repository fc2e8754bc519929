package org.wsis.notification.delivery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.notification.delivery.domain.DeliveryStatus;
import org.wsis.servicekit.problem.ApiException;

/** The delivery log, for admins: what was sent to whom, for which event, and what went wrong. */
@RestController
@RequestMapping("/api/notifications/deliveries")
@PreAuthorize("hasRole('admin')")
@Validated
public class DeliveryLogController {

    /** One delivery as the log shows it. */
    public record Delivery(
            String id,
            String kind,
            String type,
            @Nullable String eventId,
            @Nullable String eventType,
            @Nullable String broadcastId,
            String recipientId,
            String email,
            DeliveryStatus status,
            int attempts,
            @Nullable String failure,
            @Nullable String lastError,
            @Nullable Integer smtpReply,
            @Nullable String subject,
            @Nullable String messageId,
            Instant createdAt,
            @Nullable Instant lastAttemptAt,
            @Nullable Instant nextAttemptAt,
            @Nullable Instant sentAt) {}

    public record Page(List<Delivery> items, int page, int size, long total) {}

    private final Deliveries deliveries;

    public DeliveryLogController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    public Page log(
            @RequestParam(required = false) @Nullable String recipientId,
            @RequestParam(required = false) @Nullable String eventId,
            @RequestParam(required = false) @Nullable String broadcastId,
            @RequestParam(required = false) @Nullable DeliveryStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        List<Delivery> items = deliveries.log(recipientId, eventId, broadcastId, status, page, size).stream()
                .map(DeliveryLogController::view)
                .toList();
        return new Page(items, page, size, deliveries.count(recipientId, eventId, broadcastId, status));
    }

    @GetMapping("/{id}")
    public Delivery one(@PathVariable String id) {
        Document delivery = deliveries.find(id);
        if (delivery == null) {
            throw ApiException.notFound("Delivery " + id);
        }
        return view(delivery);
    }

    private static Delivery view(Document d) {
        Document recipient = d.get("recipient", Document.class);
        return new Delivery(
                d.getString("_id"),
                d.getString("kind"),
                d.getString("type"),
                d.getString("eventId"),
                d.getString("eventType"),
                d.getString("broadcastId"),
                d.getString("recipientId"),
                recipient == null ? "" : recipient.getString("email"),
                DeliveryStatus.valueOf(d.getString("status")),
                d.getInteger("attempts", 0),
                d.getString("failure"),
                d.getString("lastError"),
                d.getInteger("smtpReply"),
                d.getString("subject"),
                d.getString("messageId"),
                instant(d.getDate("createdAt")),
                instantOrNull(d.getDate("lastAttemptAt")),
                instantOrNull(d.getDate("nextAttemptAt")),
                instantOrNull(d.getDate("sentAt")));
    }

    private static Instant instant(Date date) {
        return date.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
