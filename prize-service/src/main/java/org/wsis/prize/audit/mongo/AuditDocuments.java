package org.wsis.prize.audit.mongo;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.wsis.prize.audit.domain.Admin;
import org.wsis.prize.audit.domain.AdminAction;
import org.wsis.prize.audit.domain.AuditLine;

/**
 * Audit lines as stored inside the documents whose change they record: in an {@value #FIELD} array of
 * the edition, the nomination, the expert's assignment or the category's Winners.
 */
public final class AuditDocuments {

    public static final String FIELD = "audit";

    private AuditDocuments() {}

    public static Document toDocument(AuditLine line) {
        Document details = new Document();
        line.details().forEach(details::append);
        return new Document("id", line.id())
                .append("action", line.action().name())
                .append("by", line.by().userId())
                .append("byName", line.by().name())
                .append("at", Date.from(line.at()))
                .append("subject", line.subject())
                .append("details", details);
    }

    /** The lines of a document's {@value #FIELD} array; none when it has none. */
    public static List<AuditLine> linesOf(int edition, Document owner) {
        return owner.getList(FIELD, Document.class, List.of()).stream()
                .map(d -> fromDocument(edition, d))
                .toList();
    }

    public static AuditLine fromDocument(int edition, Document d) {
        Map<String, String> details = new LinkedHashMap<>();
        Document stored = d.get("details", Document.class);
        if (stored != null) {
            stored.forEach((k, v) -> details.put(k, String.valueOf(v)));
        }
        return new AuditLine(
                d.getString("id"),
                edition,
                AdminAction.valueOf(d.getString("action")),
                new Admin(d.getString("by"), d.getString("byName")),
                d.getDate("at").toInstant(),
                d.getString("subject"),
                details);
    }
}
