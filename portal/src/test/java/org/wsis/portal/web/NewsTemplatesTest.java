package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The newsroom's pages as the portal renders them, from the real templates and messages, for what
 * community-service answers: every page in every language without a missing text; the post's body as the
 * service sanitised it; the picture with its description; the feed announced in the page's head; the
 * editors' form with one group of fields per language and its refusals linked to their fields.
 */
class NewsTemplatesTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "es", "ru");
    private static final PageModel.User NORA =
            new PageModel.User("ed-nora", "Nora", "nora@example.org", Set.of("stakeholder", "editor"));
    private static final PageModel.User ADA =
            new PageModel.User("user-ada", "Ada", "ada@example.org", Set.of("stakeholder"));

    private static Map<String, Object> post(String language, String status, boolean image) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", "n1");
        p.put("status", status);
        p.put("language", language);
        p.put("languages", List.of("en", "fr"));
        p.put("title", language.equals("fr") ? "Le vote est ouvert" : "The vote is open");
        p.put("summary", "Anyone can vote until 15 April.");
        p.put("html", "<p>Vote <strong>now</strong>.</p>");
        p.put("hasImage", image);
        p.put("imageAlt", image ? "Antennas on a hillside" : null);
        p.put("publishedAt", status.equals("DRAFT") ? null : "2027-03-10T08:00:00Z");
        p.put("updatedAt", "2027-03-10T08:00:00Z");
        p.put("version", 2);
        p.put("translations", null);
        return p;
    }

    @Test
    void theNewsReadsInTheSixLanguagesWithItsPictureDescribedAndItsFeedAnnounced() {
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            Map<String, Object> list =
                    Map.of("items", List.of(post("en", "PUBLISHED", true)), "total", 11, "page", 0, "size", 10);
            Map<String, Object> model = new HashMap<>(Map.of(
                    "news",
                    list,
                    "feedLanguages",
                    NewsPages.LANGUAGES,
                    "feed",
                    "/api/community/news/feeds/" + language));
            Document news = Jsoup.parse(Templates.render("news/news", model, locale));
            assertThat(news.select("head link[rel=alternate][type=application/atom+xml]")
                            .attr("href"))
                    .isEqualTo("/api/community/news/feeds/" + language);
            assertThat(news.select("article img").attr("alt")).isEqualTo("Antennas on a hillside");
            assertThat(news.select("article img").attr("src")).isEqualTo("/api/community/news/n1/image");
            assertThat(news.select("a[href=/news/n1]").text()).isEqualTo("The vote is open");
            assertThat(news.select("a[href=/newsroom]"))
                    .as("no newsroom for the public")
                    .isEmpty();
            assertThat(news.select("nav.pager a").attr("href")).isEqualTo("/news?page=1");
            assertThat(news.select("a[hreflang]")).hasSize(6);

            Document shown = Jsoup.parse(Templates.render(
                    "news/post", new HashMap<>(Map.of("post", post("fr", "PUBLISHED", false), "user", ADA)), locale));
            assertThat(shown.select(".post-body strong").text()).isEqualTo("now");
            assertThat(shown.select("article").attr("lang")).isEqualTo("fr");
            assertThat(shown.select(".notice[role=note]").isEmpty()).isEqualTo(language.equals("fr"));
            assertThat(shown.select("a[href=/newsroom/n1]"))
                    .as("a reader changes nothing")
                    .isEmpty();
        }
    }

    @Test
    void editorsWriteInEachLanguageAndReadTheirRefusalsFieldByField() {
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            Map<String, Object> model = new HashMap<>();
            model.put("post", post("en", "DRAFT", true));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("en.title", "ab");
            fields.put("fr.summary", "Un résumé");
            model.put("fields", fields);
            model.put("errors", Map.of("en.title", "size must be between 3 and 200"));
            model.put("problem", "Invalid request");
            model.put("postLanguages", NewsPages.LANGUAGES);
            model.put("user", NORA);
            Document form = Jsoup.parse(Templates.render("news/form", model, locale));
            assertThat(form.select("fieldset")).hasSize(6);
            assertThat(form.select("#en-title").attr("value")).isEqualTo("ab");
            assertThat(form.select("#en-title").attr("aria-invalid")).isEqualTo("true");
            assertThat(form.select("#fr-summary").attr("value")).isEqualTo("Un résumé");
            assertThat(form.select("#error-summary a").attr("href")).isEqualTo("#en-title");
            assertThat(form.select("textarea#zh-body").attr("name")).isEqualTo("zh.body");
            assertThat(form.select("input[name=version]").attr("value")).isEqualTo("2");
            assertThat(form.select("form[enctype=multipart/form-data] input[type=file]")
                            .attr("accept"))
                    .contains("image/png");
            assertThat(form.select("form[action=/newsroom/n1/publish]")).hasSize(1);
            assertThat(form.select("a[href=/newsroom]").size()).isGreaterThanOrEqualTo(1);

            Map<String, Object> room = new HashMap<>(Map.of(
                    "news",
                    Map.of("items", List.of(post("en", "WITHDRAWN", false)), "total", 1, "page", 0, "size", 10),
                    "user",
                    NORA));
            Document newsroom = Jsoup.parse(Templates.render("news/newsroom", room, locale));
            assertThat(newsroom.select("a[href=/newsroom/n1]").text()).isEqualTo("The vote is open");
            assertThat(newsroom.select("a[href=/newsroom/new]")).hasSize(1);
        }
    }
}
