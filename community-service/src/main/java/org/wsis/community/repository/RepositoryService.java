package org.wsis.community.repository;

import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.wsis.community.forum.ForumService;
import org.wsis.community.forum.domain.About;
import org.wsis.community.forum.mongo.SubjectStore;
import org.wsis.community.repository.domain.Document;
import org.wsis.community.repository.mongo.DocumentStore;
import org.wsis.community.repository.mongo.FileStore;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * The global repository. Anyone signed in with a verified address describes a document (about a public
 * entry, issue or workshop, or on its own), uploads its file, sends it for moderation and withdraws it;
 * moderators approve it through the moderation queue; everyone finds and downloads the public ones. The
 * uploader and moderators read a document that is not public.
 */
@Service
public class RepositoryService {

    /** Documents a page. */
    public static final int PAGE = 20;

    /** A file to send: its stored description, its bytes as a stream to close once copied, whether it is public. */
    public record Download(Document.StoredFile file, InputStream bytes, boolean published) {}

    private final DocumentStore documents;
    private final FileStore files;
    private final DocumentFiles types;
    private final SubjectStore subjects;
    private final RepositorySettings settings;
    private final ErasedAccounts erased;
    private final Clock clock;

    public RepositoryService(
            DocumentStore documents,
            FileStore files,
            DocumentFiles types,
            SubjectStore subjects,
            RepositorySettings settings,
            ErasedAccounts erased,
            Clock clock) {
        this.documents = documents;
        this.files = files;
        this.types = types;
        this.subjects = subjects;
        this.settings = settings;
        this.erased = erased;
        this.clock = clock;
    }

    public Document describe(
            Caller caller,
            String title,
            String description,
            Document.Kind kind,
            About.@Nullable Kind aboutKind,
            @Nullable String aboutId) {
        requireWriter(caller);
        if (documents.countDescribedSince(caller.userId(), clock.instant().minus(java.time.Duration.ofDays(1)))
                >= settings.documentsPerDay()) {
            throw Refusal.conflict(
                    "too-many-documents",
                    "An account may share " + settings.documentsPerDay() + " documents a day; come back tomorrow.");
        }
        requireLogoRules(caller, kind, aboutKind, aboutId);
        Document document = Document.describe(
                UUID.randomUUID().toString(),
                new Recipient(caller.userId(), caller.email(), caller.displayName(), caller.locale()),
                title.strip(),
                description.strip(),
                kind,
                about(aboutKind, aboutId),
                clock.instant());
        documents.save(document);
        return document;
    }

    public Document redescribe(
            Caller caller,
            String id,
            @Nullable Long version,
            String title,
            String description,
            Document.Kind kind,
            About.@Nullable Kind aboutKind,
            @Nullable String aboutId) {
        requireWriter(caller);
        Document document = own(caller, id);
        if (version != null && document.version() != null && !version.equals(document.version())) {
            throw Refusal.staleVersion();
        }
        requireLogoRules(caller, kind, aboutKind, aboutId);
        document.redescribe(
                caller.userId(), title.strip(), description.strip(), kind, about(aboutKind, aboutId), clock.instant());
        documents.save(document);
        return document;
    }

    /**
     * The document's file: typed from its bytes, its text read if it is a PDF, stored, then the document
     * pointing to it; the file it replaces goes last, so a crash leaves the document with a whole file.
     */
    public Document attach(Caller caller, String id, String name, byte[] bytes) {
        requireWriter(caller);
        Document document = own(caller, id);
        if (bytes.length == 0) {
            throw Refusal.invalid("file-missing", "Send the file as the request's body.");
        }
        if (bytes.length > settings.maxFileSize().toBytes()) {
            throw Refusal.invalid(
                    "file-too-large",
                    "A document's file may weigh up to "
                            + settings.maxFileSize().toMegabytes() + " MB.");
        }
        String type = types.typeOf(bytes, name);
        String text = types.textOf(bytes, type);
        String fileId = UUID.randomUUID().toString();
        Document.StoredFile file =
                new Document.StoredFile(fileId, type, bytes.length, DocumentFiles.downloadName(name, type));
        Document.StoredFile replaced = document.attach(caller.userId(), file, text, clock.instant());
        files.store(fileId, id, type, bytes);
        try {
            documents.save(document);
        } catch (RuntimeException failed) {
            files.delete(fileId);
            throw failed;
        }
        if (replaced != null) {
            files.delete(replaced.id());
        }
        return document;
    }

    public Document submit(Caller caller, String id) {
        requireWriter(caller);
        Document document = own(caller, id);
        Document.StoredFile file = document.state().file();
        if (document.state().kind() == Document.Kind.LOGO
                && file != null
                && !file.contentType().startsWith("image/")) {
            throw Refusal.invalid("logo-not-a-picture", "A logo is a PNG, JPEG, WebP or GIF picture.");
        }
        document.submit(caller.userId(), clock.instant());
        documents.save(document);
        return document;
    }

    /** Its uploader takes it back; a moderator takes a waiting or public one down. */
    public Document withdraw(Caller caller, String id) {
        Document document = documents.find(id).orElseThrow(() -> Refusal.notFound("Document " + id));
        if (document.isUploadedBy(caller.userId())) {
            document.withdraw(caller.userId(), clock.instant());
        } else if (ForumService.moderates(caller) && document.state().revision() > 0) {
            document.takeDown(caller.userId(), clock.instant());
        } else {
            throw Refusal.notFound("Document " + id);
        }
        documents.save(document);
        return document;
    }

    /**
     * A document: a public one for everyone, any for its uploader, one sent for moderation at least once for
     * moderators; 404 otherwise.
     */
    public Document read(String id, @Nullable Caller reader) {
        Document document = documents.find(id).orElseThrow(() -> Refusal.notFound("Document " + id));
        boolean sent = document.state().revision() > 0;
        if (!document.isPublic()
                && !(reader != null
                        && (document.isUploadedBy(reader.userId()) || (sent && ForumService.moderates(reader))))) {
            throw Refusal.notFound("Document " + id);
        }
        return document;
    }

    public Download download(String id, @Nullable Caller reader) {
        Document document = read(id, reader);
        Document.StoredFile file = document.state().file();
        if (file == null) {
            throw Refusal.notFound("The file of document " + id);
        }
        return files.open(file.id())
                .map(bytes -> new Download(file, bytes, document.isPublic()))
                .orElseThrow(() -> Refusal.notFound("The file of document " + id));
    }

    /** Public documents, newest first: every word of {@code q}, of a kind, about a thing. */
    public List<Document> search(
            @Nullable String q, Document.@Nullable Kind kind, @Nullable String aboutKey, int page) {
        return documents.published(words(q), kind, aboutKey, page, PAGE);
    }

    public long count(@Nullable String q, Document.@Nullable Kind kind, @Nullable String aboutKey) {
        return documents.countPublished(words(q), kind, aboutKey);
    }

    public List<Document> mine(Caller caller) {
        return documents.uploadedBy(caller.userId());
    }

    /** A moderator's decision on a document; a redelivered or late one finds it decided and changes nothing. */
    public void on(ModerationDecided decided) {
        if (decided.subjectType() != ModerationDecided.SubjectType.DOCUMENT) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                documents.find(decided.subjectId()).ifPresent(document -> {
                    if (document.decided(
                            decided.subjectRevision(),
                            decided.decision() == ModerationDecided.Decision.APPROVED,
                            decided.reasonCode(),
                            decided.messageToAuthor(),
                            clock.instant())) {
                        documents.save(document);
                    }
                });
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == 3) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    /**
     * The logo of an entry: the latest public {@code LOGO} document about it that the entry's owner shared; none
     * is 404.
     */
    public Document logoOf(String entryId) {
        return subjects.ownerOf(About.Kind.ENTRY, entryId)
                .flatMap(owner -> documents.latestLogo("ENTRY:" + entryId, owner))
                .orElseThrow(() -> Refusal.notFound("A logo of entry " + entryId));
    }

    /** A logo is about an entry, shared by the entry's owner. */
    private void requireLogoRules(
            Caller caller, Document.Kind kind, About.@Nullable Kind aboutKind, @Nullable String aboutId) {
        if (kind != Document.Kind.LOGO) {
            return;
        }
        if (aboutKind != About.Kind.ENTRY
                || aboutId == null
                || !subjects.ownerOf(About.Kind.ENTRY, aboutId)
                        .map(caller.userId()::equals)
                        .orElse(false)) {
            throw Refusal.invalid(
                    "logo-not-allowed", "A logo is about an entry, and only the entry's owner gives it one.");
        }
    }

    private static List<String> words(@Nullable String q) {
        return q == null || q.isBlank()
                ? List.of()
                : Arrays.stream(q.strip().split("\\s+")).limit(10).toList();
    }

    private @Nullable About about(About.@Nullable Kind kind, @Nullable String id) {
        if (kind == null || id == null) {
            return null;
        }
        return subjects.findPublic(kind, id)
                .orElseThrow(() -> Refusal.notFound("Public " + kind.name().toLowerCase(java.util.Locale.ROOT) + " "
                        + id + " (a document can be about a public entry, convenor's issue or workshop only)"));
    }

    private Document own(Caller caller, String id) {
        Document document = documents.find(id).orElseThrow(() -> Refusal.notFound("Document " + id));
        if (!document.isUploadedBy(caller.userId())) {
            throw Refusal.notFound("Document " + id);
        }
        return document;
    }

    /** Who may upload: an account whose address is verified, and not one erased since its token was issued. */
    private void requireWriter(Caller caller) {
        if (erased.isErased(caller.userId())) {
            throw Refusal.conflict("account-erased", "This account was erased; it uploads nothing any more.");
        }
        if (!caller.emailVerified()) {
            throw Refusal.conflict(
                    "address-not-verified",
                    "Confirm your e-mail address first: follow the link in the mail we sent you.");
        }
    }
}
