package org.wsis.notification.broadcast.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
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
import org.wsis.notification.broadcast.BroadcastSettings;
import org.wsis.notification.broadcast.Broadcasts;
import org.wsis.notification.broadcast.domain.Announcement;
import org.wsis.notification.mail.MailLocales;
import org.wsis.notification.preference.domain.Segment;
import org.wsis.notification.web.InvalidRequest;
import org.wsis.servicekit.problem.ApiException;
import org.wsis.servicekit.security.Caller;

/** Admins' announcements to a segment: start one, follow its progress, read who started which. */
@RestController
@RequestMapping("/api/notifications/broadcasts")
@PreAuthorize("hasRole('admin')")
@Validated
public class BroadcastController {

    /** The subject and body in one language. */
    public record Text(@Nullable String subject, @Nullable String body) {}

    /**
     * A broadcast to start. {@code edition} is needed for the voters or nominees of an edition;
     * {@code texts} by language, English required; {@code ratePerSecond} defaults to the configured rate.
     */
    public record BroadcastRequest(
            @Nullable String segment,
            @Nullable Integer edition,
            @Nullable Map<String, Text> texts,
            @Nullable Integer ratePerSecond) {}

    private final Broadcasts broadcasts;
    private final int defaultRate;
    private final int maxRate;

    public BroadcastController(Broadcasts broadcasts, BroadcastSettings settings) {
        this.broadcasts = broadcasts;
        this.defaultRate = settings.defaultRatePerSecond();
        this.maxRate = settings.maxRatePerSecond();
    }

    @PostMapping
    public ResponseEntity<Broadcasts.Progress> start(Caller caller, @RequestBody BroadcastRequest request) {
        Announcement announcement = validated(request);
        Broadcasts.Progress progress =
                broadcasts.start(announcement, new Broadcasts.Admin(caller.userId(), caller.displayName()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/notifications/broadcasts/" + progress.id()))
                .body(progress);
    }

    @GetMapping
    public List<Broadcasts.Progress> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return broadcasts.list(page, size);
    }

    /** Who started which broadcast, and when: the audit trail of announcements, newest first. */
    @GetMapping("/audit")
    public Broadcasts.AuditPage audit(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return broadcasts.audit(page, size);
    }

    @GetMapping("/{id}")
    public Broadcasts.Progress progress(@PathVariable String id) {
        return broadcasts.progress(id).orElseThrow(() -> ApiException.notFound("Broadcast " + id));
    }

    private Announcement validated(BroadcastRequest request) {
        List<InvalidRequest.FieldError> errors = new ArrayList<>();
        Segment segment = null;
        if (request.segment() == null) {
            errors.add(new InvalidRequest.FieldError("segment", "Required: one of " + List.of(Segment.values()) + "."));
        } else {
            try {
                segment = Segment.valueOf(request.segment());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidRequest.FieldError("segment", "One of " + List.of(Segment.values()) + "."));
            }
        }
        if (segment != null && segment.perEdition() && request.edition() == null) {
            errors.add(new InvalidRequest.FieldError("edition", "Required for " + segment + "."));
        }
        if (request.edition() != null && (request.edition() < 2000 || request.edition() > 2100)) {
            errors.add(new InvalidRequest.FieldError("edition", "A year between 2000 and 2100."));
        }
        Map<String, Announcement.Variant> variants = new TreeMap<>();
        if (request.texts() == null || !request.texts().containsKey("en")) {
            errors.add(new InvalidRequest.FieldError("texts.en", "The English text is required."));
        }
        if (request.texts() != null) {
            request.texts().forEach((language, text) -> {
                String field = "texts." + language;
                if (!MailLocales.SUPPORTED.contains(language)) {
                    errors.add(new InvalidRequest.FieldError(
                            field, "One of the languages " + MailLocales.SUPPORTED + "."));
                    return;
                }
                String subject = text == null ? null : text.subject();
                String body = text == null ? null : text.body();
                boolean valid = true;
                if (subject == null || subject.isBlank() || subject.length() > 200 || subject.contains("\n")) {
                    errors.add(new InvalidRequest.FieldError(field + ".subject", "One line of 1 to 200 characters."));
                    valid = false;
                }
                if (body == null || body.isBlank() || body.length() > 20_000) {
                    errors.add(new InvalidRequest.FieldError(field + ".body", "1 to 20,000 characters."));
                    valid = false;
                }
                if (valid) {
                    variants.put(language, new Announcement.Variant(subject.strip(), body.strip()));
                }
            });
        }
        int rate = request.ratePerSecond() == null ? defaultRate : request.ratePerSecond();
        if (rate < 1 || rate > maxRate) {
            errors.add(new InvalidRequest.FieldError("ratePerSecond", "1 to " + maxRate + " mails a second."));
        }
        if (!errors.isEmpty() || segment == null) {
            throw new InvalidRequest(errors);
        }
        return new Announcement(
                segment, segment == Segment.ALL_STAKEHOLDERS ? null : request.edition(), variants, rate);
    }
}
