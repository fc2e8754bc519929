package org.wsis.submission.entry.domain;

import java.util.List;
import org.wsis.contracts.ActionLine;

/** What the owner writes about their activity. Validated at the edge; the aggregate re-checks what it relies on. */
public record EntryDetails(String title, String organisation, List<ActionLine> actionLines, String shortDescription) {

    public EntryDetails {
        actionLines = List.copyOf(actionLines);
        if (title.isBlank()) {
            throw new EntryRuleViolation("title-required", "An entry needs a title.");
        }
        if (actionLines.isEmpty()) {
            throw new EntryRuleViolation("action-line-required", "An entry advances at least one WSIS Action Line.");
        }
    }
}
