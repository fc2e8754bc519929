package org.wsis.convening.publication.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.function.Function;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.publication.domain.Publication;
import org.wsis.convening.publication.domain.PublicationStatus;

/** The stored form of a {@link Publication}, its details mapped by the item's own store. */
public final class PublicationDocuments {

    private PublicationDocuments() {}

    public static <D> Document toDocument(Publication<D> p, Function<D, Document> details) {
        return new Document("working", details.apply(p.working()))
                .append("published", p.published() == null ? null : details.apply(p.published()))
                .append("publishedRevision", p.publishedRevision())
                .append("status", p.status().name())
                .append("revision", p.revision())
                .append("messageFromModerator", p.messageFromModerator())
                .append("publishedAt", p.publishedAt() == null ? null : Date.from(p.publishedAt()));
    }

    public static <D> Publication<D> fromDocument(Document d, Function<Document, D> details) {
        Document published = d.get("published", Document.class);
        Date publishedAt = d.getDate("publishedAt");
        return new Publication<>(
                details.apply(d.get("working", Document.class)),
                published == null ? null : details.apply(published),
                d.getInteger("publishedRevision", 0),
                PublicationStatus.valueOf(d.getString("status")),
                d.getInteger("revision", 0),
                d.getString("messageFromModerator"),
                instant(publishedAt));
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
