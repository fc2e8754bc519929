package org.wsis.community.news.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.community.news.NewsService;
import org.wsis.community.news.NewsSettings;
import org.wsis.community.news.domain.NewsPost;
import org.wsis.community.news.web.NewsViews.NewsList;
import org.wsis.community.news.web.NewsViews.NewsView;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;

/**
 * The newsroom over HTTP. Everyone reads the published posts (in a language, {@code lang}, where a post has
 * it), their images and the Atom feed of each language; editors list every post, write, change (with
 * {@code If-Match}), illustrate, publish and take down posts.
 */
@RestController
@RequestMapping("/api/community")
@Validated
public class NewsController {

    private static final String LANGUAGE = "ar|en|es|fr|ru|zh";

    private final NewsService news;
    private final NewsFeed feeds;
    private final NewsSettings settings;

    public NewsController(NewsService news, NewsFeed feeds, NewsSettings settings) {
        this.news = news;
        this.feeds = feeds;
        this.settings = settings;
    }

    /** Published posts, newest first. */
    @GetMapping("/news")
    public NewsList published(
            @RequestParam(required = false) @Nullable @Pattern(regexp = LANGUAGE) String lang,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page) {
        return new NewsList(
                news.published(null, page, NewsService.PAGE).stream()
                        .map(p -> NewsView.of(p, lang, false, false))
                        .toList(),
                news.countPublished(null),
                page,
                NewsService.PAGE);
    }

    @GetMapping("/news/{id}")
    public ResponseEntity<NewsView> post(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable @Pattern(regexp = LANGUAGE) String lang,
            @AuthenticationPrincipal @Nullable Jwt jwt) {
        Caller reader = jwt == null ? null : Caller.from(jwt);
        return ok(news.read(id, reader), lang, reader);
    }

    /** The post's image, streamed with the type read from its bytes when it was uploaded. */
    @GetMapping("/news/{id}/image")
    public ResponseEntity<InputStreamResource> image(
            @PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        Caller reader = jwt == null ? null : Caller.from(jwt);
        NewsService.Picture picture = news.image(id, reader);
        NewsPost.Image image = picture.image();
        // Kept, but asked again each time (its ETag is the picture's id): a picture replaced, or a post taken
        // down, is not served from a cache afterwards. A draft's is the editors' own business.
        CacheControl cache = picture.published() ? CacheControl.noCache().cachePublic() : CacheControl.noStore();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .contentLength(image.size())
                .eTag(image.id())
                .cacheControl(cache)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(picture.bytes()));
    }

    /** The Atom feed of the posts written in {@code language}. */
    @GetMapping(value = "/news/feeds/{language}", produces = "application/atom+xml;charset=UTF-8")
    public ResponseEntity<String> feed(@PathVariable String language) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feeds.atom(language, news.feed(language)));
    }

    /** Every post, drafts and taken-down ones too, the last changed first: the editors' list. */
    @GetMapping("/newsroom")
    public NewsList newsroom(Caller caller, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page) {
        return new NewsList(
                news.newsroom(caller, page).stream()
                        .map(p -> NewsView.of(p, "en", false, true))
                        .toList(),
                news.countAll(),
                page,
                NewsService.PAGE);
    }

    @PostMapping("/news")
    public ResponseEntity<NewsView> draft(Caller caller, @Valid @RequestBody NewsRequest request) {
        NewsPost post = news.draft(caller, request.languages());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(post.version() == null ? 0 : post.version()))
                .body(NewsView.of(post, "en", true, true));
    }

    @PutMapping("/news/{id}")
    public ResponseEntity<NewsView> revise(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody NewsRequest request) {
        return ok(news.revise(caller, id, ETags.version(ifMatch), request.languages()), "en", caller);
    }

    @PostMapping("/news/{id}/publish")
    public ResponseEntity<NewsView> publish(@PathVariable String id, Caller caller) {
        return ok(news.publish(caller, id), "en", caller);
    }

    @PostMapping("/news/{id}/withdraw")
    public ResponseEntity<NewsView> withdraw(@PathVariable String id, Caller caller) {
        return ok(news.withdraw(caller, id), "en", caller);
    }

    /**
     * A new image for the post: the request's body is the picture itself (its type is read from its bytes, not
     * from {@code Content-Type}). A body over the size limit is refused without being read whole.
     */
    @PutMapping("/news/{id}/image")
    public ResponseEntity<NewsView> illustrate(@PathVariable String id, Caller caller, HttpServletRequest request)
            throws IOException {
        long limit = settings.imageMaxSize().toBytes();
        byte[] bytes;
        try (InputStream body = request.getInputStream()) {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        return ok(news.illustrate(caller, id, bytes), "en", caller);
    }

    @DeleteMapping("/news/{id}/image")
    public ResponseEntity<NewsView> removeImage(@PathVariable String id, Caller caller) {
        return ok(news.removeImage(caller, id), "en", caller);
    }

    private static ResponseEntity<NewsView> ok(NewsPost post, @Nullable String language, @Nullable Caller reader) {
        boolean editor = NewsService.edits(reader);
        return ResponseEntity.ok()
                .eTag(ETags.of(post.version() == null ? 0 : post.version()))
                .body(NewsView.of(post, language, true, editor));
    }
}
