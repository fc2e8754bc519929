package org.wsis.notification.notice.mongo;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.domain.NotificationType;

/** A {@link Notice} as a sub-document of a delivery or a digest item. */
public final class NoticeDocuments {

    private NoticeDocuments() {}

    public static Document toDocument(Notice notice) {
        return new Document("type", notice.type().name())
                .append("key", notice.key())
                .append("extraKeys", notice.extraKeys())
                .append("args", new Document(new java.util.TreeMap<String, Object>(notice.args())))
                .append("quote", notice.quote())
                .append("path", notice.path())
                .append("subjectId", notice.subjectId())
                .append("subjectTitle", notice.subjectTitle());
    }

    public static Notice fromDocument(Document d) {
        Document args = d.get("args", Document.class);
        Map<String, String> values = new java.util.HashMap<>();
        if (args != null) {
            args.forEach((k, v) -> values.put(k, String.valueOf(v)));
        }
        return new Notice(
                NotificationType.valueOf(d.getString("type")),
                d.getString("key"),
                d.getList("extraKeys", String.class, List.of()),
                values,
                d.getString("quote"),
                d.getString("path"),
                d.getString("subjectId"),
                d.getString("subjectTitle"));
    }
}
