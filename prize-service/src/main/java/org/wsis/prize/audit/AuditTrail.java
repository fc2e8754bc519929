package org.wsis.prize.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.wsis.prize.audit.domain.AuditLine;

/**
 * The admins' actions on an edition, newest first, gathered from the documents they changed: the
 * edition (planning, phases), the nominations (shortlisting), the experts' assignments, the Winners of
 * each category and the review of flagged voters. Each line was written with its change, so the trail
 * needs no write of its own and cannot disagree with what happened. An edition's trail is a few hundred
 * lines; it is read whole and paged here.
 */
@Service
public class AuditTrail {

    /** One page of the trail. */
    public record Page(List<AuditLine> lines, long total, int page, int size) {}

    private final List<AuditSource> sources;

    AuditTrail(List<AuditSource> sources) {
        this.sources = sources;
    }

    public Page page(int year, int page, int size) {
        List<AuditLine> all = all(year);
        int from = (int) Math.min((long) page * size, all.size());
        return new Page(all.subList(from, Math.min(from + size, all.size())), all.size(), page, size);
    }

    /**
     * Every line of the edition, newest first. The editions' own store is one of the sources, and refuses
     * an edition that does not exist (404).
     */
    public List<AuditLine> all(int year) {
        List<AuditLine> lines = new ArrayList<>();
        sources.forEach(source -> lines.addAll(source.auditOf(year)));
        lines.sort(Comparator.comparing(AuditLine::at).reversed().thenComparing(AuditLine::id));
        return lines;
    }
}
