package org.wsis.community.news;

import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.community.forum.Markdown;
import org.wsis.community.news.domain.NewsPost;
import org.wsis.community.news.mongo.ImageStore;
import org.wsis.community.news.mongo.NewsStore;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * The newsroom. Editors (role {@code editor}, or {@code admin}) write posts, change them, give them an image,
 * publish them and take them down; everyone reads the published ones, in their language where a post has it.
 * The body is Markdown rendered and sanitised like the forum's posts.
 */
@Service
public class NewsService {

    /** Posts a page. */
    public static final int PAGE = 10;

    /** What an editor writes in one language. */
    public record Written(
            String title,
            String summary,
            String body,
            @Nullable String imageAlt) {}

    /**
     * An image to send: its type, its bytes as a stream to close once copied, and whether its post is public (the
     * public may keep a copy) or a draft.
     */
    public record Picture(NewsPost.Image image, InputStream bytes, boolean published) {}

    private final NewsStore posts;
    private final ImageStore images;
    private final ImageTypes types;
    private final Markdown markdown;
    private final NewsSettings settings;
    private final Clock clock;

    public NewsService(
            NewsStore posts,
            ImageStore images,
            ImageTypes types,
            Markdown markdown,
            NewsSettings settings,
            Clock clock) {
        this.posts = posts;
        this.images = images;
        this.types = types;
        this.markdown = markdown;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the caller writes the news. */
    public static boolean edits(@Nullable Caller caller) {
        return caller != null && (caller.hasRole("editor") || caller.hasRole("admin"));
    }

    public NewsPost draft(Caller editor, Map<String, Written> written) {
        requireEditor(editor);
        NewsPost post = NewsPost.draft(UUID.randomUUID().toString(), render(written), editor.userId(), clock.instant());
        posts.save(post);
        return post;
    }

    public NewsPost revise(Caller editor, String id, @Nullable Long version, Map<String, Written> written) {
        requireEditor(editor);
        NewsPost post = post(id);
        requireVersion(post, version);
        post.revise(render(written), editor.userId(), clock.instant());
        posts.save(post);
        return post;
    }

    public NewsPost publish(Caller editor, String id) {
        requireEditor(editor);
        NewsPost post = post(id);
        post.publish(editor.userId(), editor.displayName(), clock.instant());
        posts.save(post);
        return post;
    }

    public NewsPost withdraw(Caller editor, String id) {
        requireEditor(editor);
        NewsPost post = post(id);
        post.withdraw(editor.userId(), clock.instant());
        posts.save(post);
        return post;
    }

    /**
     * A new image for the post, typed from its bytes. The bytes are stored first and the post then points to
     * them; the image it replaces goes last, so a crash at any step leaves the post with a whole image.
     */
    public NewsPost illustrate(Caller editor, String id, byte[] bytes) {
        requireEditor(editor);
        NewsPost post = post(id);
        if (bytes.length == 0) {
            throw Refusal.invalid("image-missing", "Send the picture as the request's body.");
        }
        if (bytes.length > settings.imageMaxSize().toBytes()) {
            throw Refusal.invalid(
                    "image-too-large",
                    "An image may weigh up to " + settings.imageMaxSize().toKilobytes() + " KB; this one weighs "
                            + (bytes.length / 1024) + " KB.");
        }
        String type = types.of(bytes);
        String imageId = UUID.randomUUID().toString();
        images.store(imageId, id, type, bytes);
        NewsPost.Image replaced =
                post.illustrate(new NewsPost.Image(imageId, type, bytes.length), editor.userId(), clock.instant());
        save(post, imageId);
        if (replaced != null) {
            images.delete(replaced.id());
        }
        return post;
    }

    public NewsPost removeImage(Caller editor, String id) {
        requireEditor(editor);
        NewsPost post = post(id);
        NewsPost.Image removed = post.illustrate(null, editor.userId(), clock.instant());
        posts.save(post);
        if (removed != null) {
            images.delete(removed.id());
        }
        return post;
    }

    /** A post: a published one for everyone, any for editors; 404 otherwise. */
    public NewsPost read(String id, @Nullable Caller reader) {
        NewsPost post = post(id);
        if (!post.isPublic() && !edits(reader)) {
            throw Refusal.notFound("News " + id);
        }
        return post;
    }

    /** The image of a post the reader may read. */
    public Picture image(String id, @Nullable Caller reader) {
        NewsPost post = read(id, reader);
        NewsPost.Image image = post.state().image();
        if (image == null) {
            throw Refusal.notFound("The image of news " + id);
        }
        return images.open(image.id())
                .map(bytes -> new Picture(image, bytes, post.isPublic()))
                .orElseThrow(() -> Refusal.notFound("The image of news " + id));
    }

    /** Published posts, newest first; those written in {@code language} only when it is given. */
    public List<NewsPost> published(@Nullable String language, int page, int size) {
        return posts.published(language, page, size);
    }

    public long countPublished(@Nullable String language) {
        return posts.countPublished(language);
    }

    /** The newest posts of a language's feed. */
    public List<NewsPost> feed(String language) {
        if (!NewsPost.LANGUAGES.contains(language)) {
            throw Refusal.notFound("A feed in " + language);
        }
        return posts.published(language, 0, settings.feedSize());
    }

    /** Every post, drafts and withdrawn ones too, for editors. */
    public List<NewsPost> newsroom(Caller editor, int page) {
        requireEditor(editor);
        return posts.all(page, PAGE);
    }

    public long countAll() {
        return posts.count();
    }

    private void save(NewsPost post, String newImageId) {
        try {
            posts.save(post);
        } catch (RuntimeException failed) {
            // The post does not point to the new image: its bytes would be left behind.
            images.delete(newImageId);
            throw failed;
        }
    }

    private Map<String, NewsPost.Translation> render(Map<String, Written> written) {
        Map<String, NewsPost.Translation> translations = new LinkedHashMap<>();
        written.forEach((language, w) -> translations.put(
                language,
                new NewsPost.Translation(
                        w.title().strip(),
                        w.summary().strip(),
                        w.body(),
                        markdown.render(w.body()).html(),
                        w.imageAlt() == null || w.imageAlt().isBlank()
                                ? null
                                : w.imageAlt().strip())));
        return translations;
    }

    private NewsPost post(String id) {
        return posts.find(id).orElseThrow(() -> Refusal.notFound("News " + id));
    }

    private static void requireEditor(Caller caller) {
        if (!edits(caller)) {
            throw Refusal.notPermitted("Only editors write the news.");
        }
    }

    private static void requireVersion(NewsPost post, @Nullable Long version) {
        if (version != null && post.version() != null && !version.equals(post.version())) {
            throw Refusal.staleVersion();
        }
    }
}
