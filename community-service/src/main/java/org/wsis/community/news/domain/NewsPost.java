package org.wsis.community.news.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.community.CommunityEvent;
import org.wsis.contracts.community.NewsPublished;

/**
 * A post of the newsroom: what the WSIS team tells everyone, written by editors in English and in any of the
 * other five UN languages, with a summary for lists, mails and feeds, and an image.
 *
 * <p>It starts as a draft that only editors read. Published, the public reads it and its first publication is
 * announced to the people who asked for the news (once: taking it down and publishing it again, or changing
 * it, writes to nobody). Editors may change it at any time; the public reads the change at once.
 */
public final class NewsPost {

    /** The languages a post may be written in; English is required. */
    public static final Set<String> LANGUAGES = Set.of("ar", "en", "es", "fr", "ru", "zh");

    /** Where a post stands. */
    public enum Status {
        /** Being written: editors only. */
        DRAFT,
        /** Public. */
        PUBLISHED,
        /** Taken down by an editor: editors only again. */
        WITHDRAWN
    }

    /**
     * A post in one language: its title, summary and body (as the editor wrote it in Markdown, and as safe
     * HTML), and the text that describes the image to people who cannot see it.
     */
    public record Translation(
            String title,
            String summary,
            String markdown,
            String html,
            @Nullable String imageAlt) {}

    /** The post's image, stored apart: its id, its type as read from its bytes, its size. */
    public record Image(String id, String contentType, long size) {}

    /** Everything stored about a post. */
    public record State(
            String id,
            Map<String, Translation> translations,
            @Nullable Image image,
            Status status,
            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt,
            @Nullable Instant publishedAt,
            @Nullable Long version) {

        public State {
            translations = new TreeMap<>(translations);
        }
    }

    private State s;
    private final List<CommunityEvent> pendingEvents = new ArrayList<>();

    private NewsPost(State s) {
        this.s = s;
    }

    public static NewsPost restore(State state) {
        return new NewsPost(state);
    }

    /** A new draft. */
    public static NewsPost draft(String id, Map<String, Translation> translations, String editorId, Instant now) {
        requireLanguages(translations);
        return new NewsPost(new State(id, translations, null, Status.DRAFT, editorId, now, editorId, now, null, null));
    }

    /** An editor rewrites it: every language it has after the change is given. */
    public void revise(Map<String, Translation> translations, String editorId, Instant now) {
        requireLanguages(translations);
        s = new State(
                s.id(),
                translations,
                s.image(),
                s.status(),
                s.createdBy(),
                s.createdAt(),
                editorId,
                now,
                s.publishedAt(),
                s.version());
    }

    /** A new image, or none; returns the one it replaces, whose bytes are no longer needed. */
    public @Nullable Image illustrate(@Nullable Image image, String editorId, Instant now) {
        Image replaced = s.image();
        s = new State(
                s.id(),
                s.translations(),
                image,
                s.status(),
                s.createdBy(),
                s.createdAt(),
                editorId,
                now,
                s.publishedAt(),
                s.version());
        return replaced;
    }

    /**
     * Public from now. Its first publication is announced; a post with an image needs the image described in
     * English first.
     */
    public void publish(String editorId, String editorName, Instant now) {
        if (s.image() != null && blank(s.translations().get("en").imageAlt())) {
            throw new NewsRefused(
                    "image-not-described",
                    "Describe the image in English (its text for people who cannot see it) before publishing.");
        }
        if (s.status() == Status.PUBLISHED) {
            return;
        }
        boolean first = s.publishedAt() == null;
        s = new State(
                s.id(),
                s.translations(),
                s.image(),
                Status.PUBLISHED,
                s.createdBy(),
                s.createdAt(),
                editorId,
                now,
                first ? now : s.publishedAt(),
                s.version());
        if (first) {
            pendingEvents.add(new NewsPublished(
                    UUID.randomUUID(),
                    now,
                    s.id(),
                    s.translations().entrySet().stream()
                            .map(t -> new NewsPublished.Headline(
                                    t.getKey(),
                                    t.getValue().title(),
                                    t.getValue().summary()))
                            .toList(),
                    editorId,
                    editorName));
        }
    }

    /** Taken down: out of public view until published again. */
    public void withdraw(String editorId, Instant now) {
        if (s.status() != Status.PUBLISHED) {
            return;
        }
        s = new State(
                s.id(),
                s.translations(),
                s.image(),
                Status.WITHDRAWN,
                s.createdBy(),
                s.createdAt(),
                editorId,
                now,
                s.publishedAt(),
                s.version());
    }

    public boolean isPublic() {
        return s.status() == Status.PUBLISHED;
    }

    /** The post in {@code language} if it is written in it, in English otherwise; with the language it is in. */
    public Map.Entry<String, Translation> in(@Nullable String language) {
        Translation translation = language == null ? null : s.translations().get(language);
        return translation == null ? Map.entry("en", s.translations().get("en")) : Map.entry(language, translation);
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

    private static void requireLanguages(Map<String, Translation> translations) {
        if (!translations.containsKey("en")) {
            throw new NewsRefused("english-required", "A post is written in English at least.");
        }
        if (!LANGUAGES.containsAll(translations.keySet())) {
            throw new NewsRefused("unknown-language", "A post is written in ar, en, es, fr, ru or zh.");
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
