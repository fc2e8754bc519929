package org.wsis.prize.audit;

import java.util.List;
import org.wsis.prize.audit.domain.AuditLine;

/** A store whose documents carry audit lines, written with the changes they record. */
public interface AuditSource {

    /** The lines of one edition that this store's documents hold, in any order. */
    List<AuditLine> auditOf(int edition);
}
