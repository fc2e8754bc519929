package org.wsis.community.repository.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.community.forum.domain.About;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.community.CommunityEvent;
import org.wsis.contracts.community.DocumentSubmitted;
import org.wsis.contracts.community.DocumentWithdrawn;

/**
 * A document of the global repository: a report, a case study, a success story, a presentation or a picture a
 * stakeholder shares, about an entry, a convenor's issue or a workshop or on its own. Its uploader describes it,
 * gives it its file and sends it for moderation; it is public once a moderator approves it. Rejected, its
 * uploader may change it and send it again; they may withdraw it at any time.
 */
public final class Document {

    /** What a document is. */
    public enum Kind {
        REPORT,
        CASE_STUDY,
        SUCCESS_STORY,
        PRESENTATION,
        PICTURE,
        /** The logo of an entry, shared by the entry's owner: the entry's page shows it once public. */
        LOGO,
        OTHER
    }

    /** Where a document stands. */
    public enum Status {
        /** Being prepared by its uploader. */
        DRAFT,
        /** Sent for moderation. */
        SUBMITTED,
        /** Approved: public. */
        PUBLISHED,
        /** Refused by a moderator; its uploader may change it and send it again. */
        REJECTED,
        /** Taken back by its uploader. */
        WITHDRAWN
    }

    /** The file: its id in storage, its type read from its bytes, its size and the name it came with. */
    public record StoredFile(String id, String contentType, long size, String name) {}

    /** Everything stored about a document. */
    public record State(
            String id,
            Recipient uploader,
            String title,
            String description,
            Kind kind,
            @Nullable About about,
            @Nullable StoredFile file,
            String text,
            Status status,
            int revision,
            @Nullable String reasonCode,
            @Nullable String messageFromModerator,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant publishedAt,
            @Nullable Long version) {}

    private State s;
    private final List<CommunityEvent> pendingEvents = new ArrayList<>();

    private Document(State s) {
        this.s = s;
    }

    public static Document restore(State state) {
        return new Document(state);
    }

    public static Document describe(
            String id,
            Recipient uploader,
            String title,
            String description,
            Kind kind,
            @Nullable About about,
            Instant now) {
        return new Document(new State(
                id,
                uploader,
                title,
                description,
                kind,
                about,
                null,
                "",
                Status.DRAFT,
                0,
                null,
                null,
                now,
                now,
                null,
                null));
    }

    /** Its uploader describes it anew, while it is theirs to change. */
    public void redescribe(
            String byUserId, String title, String description, Kind kind, @Nullable About about, Instant now) {
        requireChangeable(byUserId);
        s = new State(
                s.id(),
                s.uploader(),
                title,
                description,
                kind,
                about,
                s.file(),
                s.text(),
                s.status(),
                s.revision(),
                s.reasonCode(),
                s.messageFromModerator(),
                s.createdAt(),
                now,
                s.publishedAt(),
                s.version());
    }

    /** Its uploader gives it its file (and the text read from it); returns the file it replaces, if any. */
    public @Nullable StoredFile attach(String byUserId, StoredFile file, String text, Instant now) {
        requireChangeable(byUserId);
        StoredFile replaced = s.file();
        s = new State(
                s.id(),
                s.uploader(),
                s.title(),
                s.description(),
                s.kind(),
                s.about(),
                file,
                text,
                s.status(),
                s.revision(),
                s.reasonCode(),
                s.messageFromModerator(),
                s.createdAt(),
                now,
                s.publishedAt(),
                s.version());
        return replaced;
    }

    /** Sent for moderation: a new revision, announced. */
    public void submit(String byUserId, Instant now) {
        requireChangeable(byUserId);
        StoredFile file = s.file();
        if (file == null) {
            throw new RepositoryRefused("file-missing", "Upload the document's file before sending it.");
        }
        s = with(Status.SUBMITTED, s.revision() + 1, null, null, s.publishedAt(), now);
        pendingEvents.add(new DocumentSubmitted(
                UUID.randomUUID(),
                now,
                s.id(),
                s.revision(),
                s.title(),
                s.kind().name(),
                file.contentType(),
                file.size(),
                s.uploader().userId()));
    }

    /** Its uploader takes it back, from the queue or from public view. */
    public void withdraw(String byUserId, Instant now) {
        requireUploader(byUserId);
        if (s.status() == Status.WITHDRAWN) {
            return;
        }
        boolean announced = s.status() == Status.SUBMITTED || s.status() == Status.PUBLISHED;
        s = with(Status.WITHDRAWN, s.revision(), s.reasonCode(), s.messageFromModerator(), s.publishedAt(), now);
        if (announced) {
            pendingEvents.add(new DocumentWithdrawn(UUID.randomUUID(), now, s.id()));
        }
    }

    /** A moderator takes a public or waiting document down (harmful after all): out of view, announced. */
    public void takeDown(String moderatorId, Instant now) {
        if (s.status() != Status.PUBLISHED && s.status() != Status.SUBMITTED) {
            return;
        }
        s = with(
                Status.WITHDRAWN,
                s.revision(),
                "TAKEN_DOWN",
                "Taken down by a moderator (" + moderatorId + ").",
                s.publishedAt(),
                now);
        pendingEvents.add(new DocumentWithdrawn(UUID.randomUUID(), now, s.id()));
    }

    /**
     * A moderator's decision on {@code revision}: approved, it is public; otherwise it goes back to its uploader
     * with the moderator's reason and words. A decision on another revision, or on a document no longer waiting,
     * changes nothing (a redelivered or late decision). Returns whether it changed.
     */
    public boolean decided(int revision, boolean approved, String reasonCode, @Nullable String message, Instant now) {
        if (s.status() != Status.SUBMITTED || revision != s.revision()) {
            return false;
        }
        s = approved
                ? with(Status.PUBLISHED, s.revision(), null, null, s.publishedAt() == null ? now : s.publishedAt(), now)
                : with(Status.REJECTED, s.revision(), reasonCode, message, s.publishedAt(), now);
        return true;
    }

    /** Its uploader erased their account: it stays, under {@code pseudonym}. */
    public void uploaderErased(Recipient pseudonym) {
        s = new State(
                s.id(),
                pseudonym,
                s.title(),
                s.description(),
                s.kind(),
                s.about(),
                s.file(),
                s.text(),
                s.status(),
                s.revision(),
                s.reasonCode(),
                s.messageFromModerator(),
                s.createdAt(),
                s.updatedAt(),
                s.publishedAt(),
                s.version());
    }

    public boolean isPublic() {
        return s.status() == Status.PUBLISHED;
    }

    public boolean isUploadedBy(@Nullable String userId) {
        return s.uploader().userId().equals(userId);
    }

    public String id() {
        return s.id();
    }

    public @Nullable Long version() {
        return s.version();
    }

    public State state() {
        return s;
    }

    public List<CommunityEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    /** The document moved to {@code status} at {@code revision}, with the moderator's reason and words. */
    private State with(
            Status status,
            int revision,
            @Nullable String reasonCode,
            @Nullable String message,
            @Nullable Instant publishedAt,
            Instant now) {
        return new State(
                s.id(),
                s.uploader(),
                s.title(),
                s.description(),
                s.kind(),
                s.about(),
                s.file(),
                s.text(),
                status,
                revision,
                reasonCode,
                message,
                s.createdAt(),
                now,
                publishedAt,
                s.version());
    }

    private void requireUploader(String byUserId) {
        if (!isUploadedBy(byUserId)) {
            throw new RepositoryRefused("not-uploader", "Only the person who uploaded a document may change it.");
        }
    }

    /**
     * Only a draft or a rejected document is changed or sent: one waiting or public is withdrawn, and a new one
     * uploaded in its place.
     */
    private void requireChangeable(String byUserId) {
        requireUploader(byUserId);
        if (s.status() != Status.DRAFT && s.status() != Status.REJECTED) {
            throw new RepositoryRefused(
                    "document-not-changeable",
                    "A document waiting for moderation or public cannot be changed; upload a new one instead.");
        }
    }
}
