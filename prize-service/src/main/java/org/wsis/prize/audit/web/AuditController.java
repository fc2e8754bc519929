package org.wsis.prize.audit.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.wsis.prize.audit.AuditTrail;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.servicekit.export.Csv;

/** The admins' audit trail of an edition over HTTP: paged, newest first, or whole as CSV. */
@RestController
@RequestMapping("/api/prizes/editions/{year}")
@PreAuthorize("hasRole('admin')")
@Validated
public class AuditController {

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    public AuditTrail.Page audit(
            @PathVariable int year,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return trail.page(year, page, size);
    }

    /** Every line of the edition's trail, newest first. */
    // No "produces": a refusal (403) must still be answered as problem details, whatever the Accept header.
    @GetMapping("/audit.csv")
    public ResponseEntity<StreamingResponseBody> auditCsv(@PathVariable int year) {
        List<AuditLine> lines = trail.all(year);
        StreamingResponseBody body = out -> {
            Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv.write(Csv.row(List.of("at", "action", "by", "by_name", "subject", "details", "id")));
            for (AuditLine line : lines) {
                csv.write(Csv.row(List.of(
                        line.at().toString(),
                        line.action().name(),
                        line.by().userId(),
                        line.by().name(),
                        line.subject(),
                        line.details().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("; ")),
                        line.id())));
            }
            csv.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"prize-audit-" + year + ".csv\"")
                .body(body);
    }
}
