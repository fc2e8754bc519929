package org.wsis.notification.delivery.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.delivery.domain.DeliveryStatus;
import org.wsis.notification.delivery.domain.LoggedDelivery;
import org.wsis.servicekit.problem.ApiException;

/** The delivery log, for admins: what was sent to whom, for which event, and what went wrong. */
@RestController
@RequestMapping("/api/notifications/deliveries")
@PreAuthorize("hasRole('admin')")
@Validated
public class DeliveryLogController {

    public record Page(List<LoggedDelivery> items, int page, int size, long total) {}

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
        List<LoggedDelivery> items = deliveries.log(recipientId, eventId, broadcastId, status, page, size);
        return new Page(items, page, size, deliveries.count(recipientId, eventId, broadcastId, status));
    }

    @GetMapping("/{id}")
    public LoggedDelivery one(@PathVariable String id) {
        return deliveries.logged(id).orElseThrow(() -> ApiException.notFound("Delivery " + id));
    }
}
