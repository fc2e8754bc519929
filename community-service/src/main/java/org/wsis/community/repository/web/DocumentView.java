package org.wsis.community.repository.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.community.forum.domain.About;
import org.wsis.community.repository.domain.Document;

/**
 * A document as the API shows it: what it is, what it is about, its file's type, size and name (its bytes at
 * {@code /api/community/documents/{id}/file}); its uploader's name; and, for its uploader and moderators,
 * where it stands, the moderator's reason and words, and (moderators) the account that uploaded it.
 */
record DocumentView(
        String id,
        String title,
        String description,
        String kind,
        @Nullable AboutView about,
        @Nullable FileView file,
        String uploadedBy,
        @Nullable String uploaderAccount,
        @Nullable String status,
        int revision,
        @Nullable String reasonCode,
        @Nullable String messageFromModerator,
        @Nullable Instant publishedAt,
        Instant updatedAt,
        @Nullable Long version) {

    record AboutView(String kind, String id, String title) {}

    record FileView(String contentType, long size, String name) {}

    /** A page of documents. */
    record DocumentList(List<DocumentView> items, long total, int page, int size) {}

    static DocumentView of(Document document, boolean owner, boolean moderator) {
        Document.State s = document.state();
        About about = s.about();
        Document.StoredFile file = s.file();
        boolean inside = owner || moderator;
        return new DocumentView(
                s.id(),
                s.title(),
                s.description(),
                s.kind().name(),
                about == null ? null : new AboutView(about.kind().name(), about.id(), about.title()),
                file == null ? null : new FileView(file.contentType(), file.size(), file.name()),
                s.uploader().displayName(),
                moderator ? s.uploader().userId() : null,
                inside ? s.status().name() : null,
                s.revision(),
                inside ? s.reasonCode() : null,
                inside ? s.messageFromModerator() : null,
                s.publishedAt(),
                s.updatedAt(),
                owner ? s.version() : null);
    }
}
