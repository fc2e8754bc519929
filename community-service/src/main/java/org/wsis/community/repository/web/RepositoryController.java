package org.wsis.community.repository.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.community.forum.ForumService;
import org.wsis.community.forum.domain.About;
import org.wsis.community.repository.RepositoryService;
import org.wsis.community.repository.RepositorySettings;
import org.wsis.community.repository.domain.Document;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;
import org.wsis.servicekit.web.FieldRules.OneOf;

/**
 * The global repository over HTTP. Everyone finds public documents (by their words and, for PDFs, their text;
 * by kind; by what they are about) and downloads their files; anyone signed in with a verified address
 * describes a document, uploads its file (the request's body), sends it for moderation and withdraws it.
 */
@RestController
@RequestMapping("/api/community/documents")
@Validated
public class RepositoryController {

    private static final String ABOUT = "(ENTRY|ISSUE|WORKSHOP):[A-Za-z0-9_-]{1,100}";

    private final RepositoryService repository;
    private final RepositorySettings settings;

    public RepositoryController(RepositoryService repository, RepositorySettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    @GetMapping
    public DocumentView.DocumentList search(
            @RequestParam(required = false) @Nullable @Size(max = 200) String q,
            @RequestParam(required = false) @Nullable @OneOf(Document.Kind.class) String kind,
            @RequestParam(required = false) @Nullable @Pattern(regexp = ABOUT) String about,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page) {
        Document.Kind ofKind = kind == null ? null : Document.Kind.valueOf(kind);
        return new DocumentView.DocumentList(
                repository.search(q, ofKind, about, page).stream()
                        .map(d -> DocumentView.of(d, false, false))
                        .toList(),
                repository.count(q, ofKind, about),
                page,
                RepositoryService.PAGE);
    }

    /** The logo of an entry: the latest public logo its owner shared, or 404. */
    @GetMapping("/logo")
    public DocumentView logo(@RequestParam @NotBlank @Size(max = 100) String entry) {
        return DocumentView.of(repository.logoOf(entry), false, false);
    }

    /** The caller's own documents, whatever they stand at. */
    @GetMapping("/mine")
    public List<DocumentView> mine(Caller caller) {
        return repository.mine(caller).stream()
                .map(d -> DocumentView.of(d, true, false))
                .toList();
    }

    @PostMapping
    public ResponseEntity<DocumentView> describe(Caller caller, @Valid @RequestBody DocumentRequest request) {
        DocumentRequest.AboutRequest about = request.about();
        Document document = repository.describe(
                caller,
                request.title(),
                request.description(),
                Document.Kind.valueOf(request.kind()),
                about == null ? null : About.Kind.valueOf(about.kind()),
                about == null ? null : about.id().strip());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(document.version() == null ? 0 : document.version()))
                .body(DocumentView.of(document, true, false));
    }

    @GetMapping("/{id}")
    public ResponseEntity<DocumentView> read(@PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        Caller reader = jwt == null ? null : Caller.from(jwt);
        return ok(repository.read(id, reader), reader);
    }

    @PutMapping("/{id}")
    public ResponseEntity<DocumentView> redescribe(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody DocumentRequest request) {
        DocumentRequest.AboutRequest about = request.about();
        return ok(
                repository.redescribe(
                        caller,
                        id,
                        ETags.version(ifMatch),
                        request.title(),
                        request.description(),
                        Document.Kind.valueOf(request.kind()),
                        about == null ? null : About.Kind.valueOf(about.kind()),
                        about == null ? null : about.id().strip()),
                caller);
    }

    /**
     * The document's file: the request's body is the file itself, {@code name} the name it had (it only tells
     * apart office formats whose bytes look alike). A body over the size limit is refused without being read
     * whole.
     */
    @PutMapping("/{id}/file")
    public ResponseEntity<DocumentView> attach(
            @PathVariable String id,
            @RequestParam @NotBlank @Size(max = 255) String name,
            Caller caller,
            HttpServletRequest request)
            throws IOException {
        long limit = settings.maxFileSize().toBytes();
        byte[] bytes;
        try (InputStream body = request.getInputStream()) {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        return ok(repository.attach(caller, id, name, bytes), caller);
    }

    @PostMapping("/{id}/submit")
    public ResponseEntity<DocumentView> submit(@PathVariable String id, Caller caller) {
        return ok(repository.submit(caller, id), caller);
    }

    @PostMapping("/{id}/withdraw")
    public ResponseEntity<DocumentView> withdraw(@PathVariable String id, Caller caller) {
        return ok(repository.withdraw(caller, id), caller);
    }

    /**
     * The file, streamed with the type read from its bytes when it was uploaded, as an attachment named after
     * it (a browser saves it, never shows it as a page of the portal).
     */
    @GetMapping("/{id}/file")
    public ResponseEntity<InputStreamResource> download(
            @PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        Caller reader = jwt == null ? null : Caller.from(jwt);
        RepositoryService.Download download = repository.download(id, reader);
        Document.StoredFile file = download.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .eTag(file.id())
                // Asked again each time: a document withdrawn or taken down is not served from a cache afterwards.
                .cacheControl(download.published() ? CacheControl.noCache().cachePublic() : CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(download.bytes()));
    }

    private static ResponseEntity<DocumentView> ok(Document document, @Nullable Caller reader) {
        return ResponseEntity.ok()
                .eTag(ETags.of(document.version() == null ? 0 : document.version()))
                .body(DocumentView.of(
                        document,
                        reader != null && document.isUploadedBy(reader.userId()),
                        ForumService.moderates(reader)));
    }
}
