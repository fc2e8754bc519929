package org.wsis.community.news.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.wsis.community.news.domain.NewsPost;

/** The newsroom as the API shows it. */
final class NewsViews {

    private NewsViews() {}

    /**
     * A post in a list or on its page, in the language asked for when it is written in it ({@code language} says
     * which it is in), with the languages it has. Its body ({@code html}) is sanitised; the image, when there is
     * one, is at {@code /api/community/news/{id}/image}.
     */
    record NewsView(
            String id,
            String status,
            String language,
            List<String> languages,
            String title,
            String summary,
            @Nullable String html,
            boolean hasImage,
            @Nullable String imageAlt,
            @Nullable Instant publishedAt,
            Instant updatedAt,
            @Nullable Long version,
            @Nullable Map<String, WrittenView> translations) {

        /** {@code full}: with the body; {@code editor}: with every language as written, for the edit form. */
        static NewsView of(NewsPost post, @Nullable String language, boolean full, boolean editor) {
            NewsPost.State s = post.state();
            Map.Entry<String, NewsPost.Translation> shown = post.in(language);
            NewsPost.Translation t = shown.getValue();
            Map<String, WrittenView> written = null;
            if (editor) {
                written = new TreeMap<>();
                for (Map.Entry<String, NewsPost.Translation> each :
                        s.translations().entrySet()) {
                    NewsPost.Translation w = each.getValue();
                    written.put(each.getKey(), new WrittenView(w.title(), w.summary(), w.markdown(), w.imageAlt()));
                }
            }
            return new NewsView(
                    s.id(),
                    s.status().name(),
                    shown.getKey(),
                    List.copyOf(s.translations().keySet()),
                    t.title(),
                    t.summary(),
                    full ? t.html() : null,
                    s.image() != null,
                    s.image() == null ? null : altOf(post, shown.getKey()),
                    s.publishedAt(),
                    s.updatedAt(),
                    editor ? s.version() : null,
                    written);
        }

        /** The image described in the language shown, in English when that language does not describe it. */
        private static @Nullable String altOf(NewsPost post, String language) {
            String alt = post.state().translations().get(language).imageAlt();
            return alt != null ? alt : post.state().translations().get("en").imageAlt();
        }
    }

    /** One language of a post as its editor wrote it (the body in Markdown). */
    record WrittenView(
            String title,
            String summary,
            String body,
            @Nullable String imageAlt) {}

    /** A page of posts. */
    record NewsList(List<NewsView> items, long total, int page, int size) {}
}
