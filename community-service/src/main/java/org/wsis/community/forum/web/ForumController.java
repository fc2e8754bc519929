package org.wsis.community.forum.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.wsis.community.forum.ForumService;
import org.wsis.community.forum.ForumSettings;
import org.wsis.community.forum.domain.About;
import org.wsis.community.forum.domain.ForumCategory;
import org.wsis.community.forum.domain.Post;
import org.wsis.community.forum.web.ForumViews.CategoryView;
import org.wsis.community.forum.web.ForumViews.PostView;
import org.wsis.community.forum.web.ForumViews.ThreadList;
import org.wsis.community.forum.web.ForumViews.ThreadPageView;
import org.wsis.community.forum.web.ForumViews.ThreadView;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;

/**
 * The forum over HTTP. Everyone reads categories, threads and public posts; anyone signed in starts threads,
 * replies and follows threads; a post's author changes it (within the edit window, with {@code If-Match})
 * or withdraws it; moderators lock, open and move threads. Posts are flagged through the moderation service
 * ({@code POST /api/moderation/flags} with a {@code postId}).
 */
@RestController
@RequestMapping("/api/community/forum")
@Validated
public class ForumController {

    private final ForumService forum;
    private final ForumSettings settings;

    public ForumController(ForumService forum, ForumSettings settings) {
        this.forum = forum;
        this.settings = settings;
    }

    @GetMapping("/categories")
    public List<CategoryView> categories() {
        return forum.categories().stream().map(CategoryView::of).toList();
    }

    /** Threads, the most recently active first: in a category, about a thing ({@code ENTRY:<id>}), or all. */
    @GetMapping("/threads")
    public ThreadList threads(
            @RequestParam(required = false) @Nullable @Size(max = 20) String category,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "(ENTRY|ISSUE|WORKSHOP):[A-Za-z0-9_-]{1,100}")
                    String about,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page) {
        ForumCategory inCategory = category == null ? null : category(category);
        About aboutThing = about == null
                ? null
                : new About(
                        About.Kind.valueOf(about.substring(0, about.indexOf(':'))),
                        about.substring(about.indexOf(':') + 1),
                        "");
        return new ThreadList(
                forum.threads(inCategory, aboutThing, page).stream()
                        .map(ThreadView::of)
                        .toList(),
                forum.countThreads(inCategory, aboutThing),
                page,
                ForumService.PAGE);
    }

    @PostMapping("/threads")
    public ResponseEntity<ThreadPageView> start(Caller caller, @Valid @RequestBody ThreadRequest request) {
        ThreadRequest.AboutRequest about = request.about();
        ForumService.ThreadPage started = forum.start(
                caller,
                category(request.categoryId()),
                request.title(),
                about == null ? null : About.Kind.valueOf(about.kind()),
                about == null ? null : about.id().strip(),
                request.body());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ThreadPageView.of(started, caller, settings.editWindow()));
    }

    @GetMapping("/threads/{id}")
    public ThreadPageView thread(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @AuthenticationPrincipal @Nullable Jwt jwt) {
        Caller reader = jwt == null ? null : Caller.from(jwt);
        return ThreadPageView.of(forum.read(id, reader, page), reader, settings.editWindow());
    }

    @PostMapping("/threads/{id}/posts")
    public ResponseEntity<PostView> reply(
            @PathVariable String id, Caller caller, @Valid @RequestBody PostRequest request) {
        Post post = forum.reply(caller, id, request.body());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(0))
                .body(PostView.of(post, caller, settings.editWindow()));
    }

    @GetMapping("/posts/{id}")
    public ResponseEntity<PostView> post(@PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        Post post = forum.post(id);
        Caller reader = jwt == null ? null : Caller.from(jwt);
        return ok(post, reader);
    }

    @PutMapping("/posts/{id}")
    public ResponseEntity<PostView> edit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody PostRequest request) {
        return ok(forum.edit(caller, id, ETags.version(ifMatch), request.body()), caller);
    }

    @PostMapping("/posts/{id}/withdraw")
    public ResponseEntity<PostView> withdraw(@PathVariable String id, Caller caller) {
        return ok(forum.withdraw(caller, id), caller);
    }

    /** The caller follows the thread: they are written to about each new reply. */
    @PutMapping("/threads/{id}/subscription")
    public ResponseEntity<Void> follow(@PathVariable String id, Caller caller) {
        forum.follow(caller, id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/threads/{id}/subscription")
    public ResponseEntity<Void> unfollow(@PathVariable String id, Caller caller) {
        forum.unfollow(caller, id);
        return ResponseEntity.noContent().build();
    }

    /** The threads the caller follows. */
    @GetMapping("/subscriptions")
    public List<ThreadView> following(Caller caller) {
        return forum.followedBy(caller).stream().map(ThreadView::of).toList();
    }

    @PostMapping("/threads/{id}/lock")
    public ThreadView lock(@PathVariable String id, Caller caller) {
        return ThreadView.of(forum.lock(caller, id, true));
    }

    @PostMapping("/threads/{id}/unlock")
    public ThreadView unlock(@PathVariable String id, Caller caller) {
        return ThreadView.of(forum.lock(caller, id, false));
    }

    @PostMapping("/threads/{id}/move")
    public ThreadView move(@PathVariable String id, Caller caller, @Valid @RequestBody MoveRequest request) {
        return ThreadView.of(forum.move(caller, id, category(request.categoryId())));
    }

    private ResponseEntity<PostView> ok(Post post, @Nullable Caller reader) {
        return ResponseEntity.ok()
                .eTag(ETags.of(post.version() == null ? 0 : post.version()))
                .body(PostView.of(post, reader, settings.editWindow()));
    }

    private static ForumCategory category(String id) {
        return ForumCategory.byId(id)
                .orElseThrow(() -> Refusal.invalid(
                        "unknown-category",
                        "No forum category " + id
                                + "; the categories are general, stocktaking, prizes, convening and c1 to c11."));
    }
}
