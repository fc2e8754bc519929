package org.wsis.prize.audit.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One admin action on an edition, as the audit trail shows it. A line is written in the same
 * single-document write as the change it records, so the trail holds every action that happened and
 * none that did not.
 *
 * @param id unique; for a review of ballots, the decision's id shared by every voter it decided
 * @param subject what was acted on: the edition's year, an expert's or a nomination's id, a category
 * @param details what was done to it, by name (from and to phase, categories, nominations, decision,
 *     number of voters)
 */
public record AuditLine(
        String id, int edition, AdminAction action, Admin by, Instant at, String subject, Map<String, String> details) {

    public AuditLine {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A new line, with a fresh id. */
    public static AuditLine of(
            int edition, AdminAction action, Admin by, Instant at, String subject, Map<String, String> details) {
        return new AuditLine(UUID.randomUUID().toString(), edition, action, by, at, subject, details);
    }
}
