package org.wsis.prize.eligibility.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.prize.eligibility.EligibleEntries;
import org.wsis.prize.eligibility.domain.EligibleEntry;

/** The eligible entries over HTTP. */
@RestController
@Validated
public class EligibleEntriesController {

    private final EligibleEntries entries;

    public EligibleEntriesController(EligibleEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/api/prizes/eligible-entries")
    public List<EligibleEntry> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return entries.page(page, size);
    }
}
