package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The global repository's pages as the portal renders them, from the real templates and messages, for what
 * community-service answers: in every language without a missing text; a document with its download; the
 * uploader's page with the moderator's words and the ways to send another file or withdraw; the sharing form
 * that sends a file.
 */
class RepositoryTemplatesTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "es", "ru");
    private static final PageModel.User ADA =
            new PageModel.User("user-ada", "Ada", "ada@example.org", Set.of("stakeholder"));

    private static Map<String, Object> document(String status) {
        Map<String, Object> d = new HashMap<>();
        d.put("id", "d1");
        d.put("title", "Community networks in the Andes");
        d.put("description", "What twelve villages learnt.");
        d.put("kind", "CASE_STUDY");
        d.put("about", Map.of("kind", "ENTRY", "id", "e1", "title", "Village broadband"));
        d.put("file", Map.of("contentType", "application/pdf", "size", 1_258_291, "name", "andes.pdf"));
        d.put("uploadedBy", "Ada");
        d.put("uploaderAccount", null);
        d.put("status", status);
        d.put("revision", 1);
        d.put("reasonCode", null);
        d.put("messageFromModerator", status.equals("REJECTED") ? "This is an advertisement." : null);
        d.put("publishedAt", status.equals("PUBLISHED") ? "2027-03-12T09:30:00Z" : null);
        d.put("updatedAt", "2027-03-12T09:30:00Z");
        d.put("version", 2);
        return d;
    }

    @Test
    void theRepositoryReadsInTheSixLanguages() {
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            Map<String, Object> list = new HashMap<>(Map.of(
                    "documents",
                    Map.of("items", List.of(document("PUBLISHED")), "total", 21, "page", 0, "size", 20),
                    "kinds",
                    RepositoryPages.KINDS,
                    "user",
                    ADA));
            list.put("q", "andes");
            list.put("kind", "CASE_STUDY");
            list.put("about", null);
            Document found = Jsoup.parse(Templates.render("repository/list", list, locale));
            assertThat(found.select("a[href=/repository/d1]").text()).isEqualTo("Community networks in the Andes");
            assertThat(found.select("#kind option[selected]").attr("value")).isEqualTo("CASE_STUDY");
            assertThat(found.select("nav.pager a").attr("href"))
                    .contains("q=andes")
                    .contains("page=1");

            Document shown = Jsoup.parse(Templates.render(
                    "repository/document", new HashMap<>(Map.of("document", document("PUBLISHED"))), locale));
            assertThat(shown.select("a[href=/api/community/documents/d1/file]").text())
                    .contains("andes.pdf", "1");
            assertThat(shown.select("a[href=/entries/e1]").text()).isEqualTo("Village broadband");

            Document refused = Jsoup.parse(Templates.render(
                    "repository/my-document",
                    new HashMap<>(Map.of("document", document("REJECTED"), "user", ADA)),
                    locale));
            assertThat(refused.select("blockquote").text()).isEqualTo("This is an advertisement.");
            assertThat(refused.select("form[action=/my/documents/d1/file][enctype=multipart/form-data]"))
                    .hasSize(1);
            assertThat(refused.select("form[action=/my/documents/d1/submit]")).hasSize(1);
            Document waiting = Jsoup.parse(Templates.render(
                    "repository/my-document",
                    new HashMap<>(Map.of("document", document("SUBMITTED"), "user", ADA)),
                    locale));
            assertThat(waiting.select("form[action=/my/documents/d1/file]"))
                    .as("nothing to change while it waits")
                    .isEmpty();
            assertThat(waiting.select("form[action=/my/documents/d1/withdraw]")).hasSize(1);

            Map<String, Object> form = new HashMap<>();
            form.put("form", Map.of("about", "ENTRY:e1", "title", "ab"));
            form.put("errors", Map.of("title", "size must be between 3 and 200"));
            form.put("problem", "Some fields are missing or invalid; see errors.");
            form.put("kinds", RepositoryPages.KINDS);
            form.put("user", ADA);
            Document share = Jsoup.parse(Templates.render("repository/new", form, locale));
            assertThat(share.select("form[enctype=multipart/form-data] input[type=file][name=file]"))
                    .hasSize(1);
            assertThat(share.select("input[name=about]").attr("value")).isEqualTo("ENTRY:e1");
            assertThat(share.select("#error-summary a").attr("href")).isEqualTo("#title");
            assertThat(share.select("#kind option")).hasSize(8);
        }
    }
}
