package org.wsis.community.news.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wsis.community.news.NewsService;

/**
 * A post of the newsroom as an editor writes it: in English ({@code en}, required) and in any of {@code ar},
 * {@code es}, {@code fr}, {@code ru} and {@code zh}; a language left out is not in the post. Every broken rule
 * is reported, field by field ({@code en.title}, {@code fr.summary}...).
 */
public record NewsRequest(
        @NotNull @Valid Written en,
        @Nullable @Valid Written ar,
        @Nullable @Valid Written es,
        @Nullable @Valid Written fr,
        @Nullable @Valid Written ru,
        @Nullable @Valid Written zh) {

    /** Longest body, in characters of Markdown. */
    public static final int MAX_BODY = 20_000;

    /** The post in one language; the image's description is for people who cannot see it. */
    public record Written(
            @NotBlank @Size(min = 3, max = 200) String title,
            @NotBlank @Size(min = 10, max = 500) String summary,
            @NotBlank @Size(max = MAX_BODY) String body,
            @Nullable @Size(max = 300) String imageAlt) {

        NewsService.Written toWritten() {
            return new NewsService.Written(title, summary, body, imageAlt);
        }
    }

    /** The languages written, English first. */
    Map<String, NewsService.Written> languages() {
        Map<String, NewsService.Written> written = new LinkedHashMap<>();
        written.put("en", en.toWritten());
        put(written, "ar", ar);
        put(written, "es", es);
        put(written, "fr", fr);
        put(written, "ru", ru);
        put(written, "zh", zh);
        return written;
    }

    private static void put(Map<String, NewsService.Written> written, String language, @Nullable Written text) {
        if (text != null) {
            written.put(language, text.toWritten());
        }
    }
}
