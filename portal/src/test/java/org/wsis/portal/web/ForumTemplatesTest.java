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
 * The forum's pages as the portal renders them, from the real templates and messages, for what
 * community-service answers: every page in every language without a missing text; a post's text shown as the
 * service rendered it; the change, withdraw and report actions only where they apply; moderators' controls
 * only for moderators.
 */
class ForumTemplatesTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "es", "ru");
    private static final PageModel.User ADA =
            new PageModel.User("user-ada", "Ada", "ada@example.org", Set.of("stakeholder"));
    private static final PageModel.User OMAR =
            new PageModel.User("mod-omar", "Omar", "omar@example.org", Set.of("moderator"));

    private static Map<String, Object> thread(boolean locked) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", "t1");
        t.put("categoryId", "c2");
        t.put("title", "Spectrum for community networks");
        t.put("about", Map.of("kind", "ENTRY", "id", "e1", "title", "Connecting 500 schools"));
        t.put("startedBy", "Ada");
        t.put("startedAt", "2027-03-04T10:20:00Z");
        t.put("locked", locked);
        t.put("posts", 3);
        t.put("lastPostAt", "2027-03-05T08:00:00Z");
        return t;
    }

    private static Map<String, Object> post(String id, String status, boolean mine, String html) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("threadId", "t1");
        p.put("status", status);
        p.put("author", mine ? "Ada" : "Ben");
        p.put("authorAccount", null);
        p.put("mine", mine);
        p.put("html", html);
        p.put("markdown", mine ? "Who has **licence-exempt** bands?" : null);
        p.put("revision", 1);
        p.put("postedAt", "2027-03-04T10:20:00Z");
        p.put("editedAt", null);
        p.put("editableUntil", mine ? "2027-03-04T10:50:00Z" : null);
        p.put("reasonCode", null);
        p.put("version", 0);
        return p;
    }

    private static Map<String, Object> page(boolean locked, List<Map<String, Object>> posts) {
        Map<String, Object> model = new HashMap<>();
        model.put(
                "page",
                Map.of(
                        "thread",
                        thread(locked),
                        "posts",
                        posts,
                        "total",
                        posts.size(),
                        "page",
                        0,
                        "size",
                        50,
                        "following",
                        false));
        model.put("categories", ForumPages.categoryIds());
        model.put("errors", Map.of());
        return model;
    }

    @Test
    void everyForumPageReadsInTheSixLanguages() {
        Map<String, Object> list = Map.of("threads", List.of(thread(true)), "total", 1, "page", 0, "size", 50);
        List<Map<String, Object>> categories = List.of(
                Map.of("id", "general", "threads", 2, "lastPostAt", "2027-03-05T08:00:00Z"),
                new HashMap<>(Map.of("id", "c2", "actionLine", "C2", "threads", 0)));
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            Map<String, Object> forum = new HashMap<>(Map.of("categories", categories, "recent", list, "user", ADA));
            assertThat(Templates.render("forum/forum", forum, locale)).contains("Spectrum for community networks");
            Map<String, Object> anonymous = new HashMap<>(Map.of("categories", categories, "recent", list));
            assertThat(Templates.render("forum/forum", anonymous, locale)).contains("/sign-in");
            assertThat(Templates.render(
                            "forum/category",
                            new HashMap<>(Map.of("threads", list, "category", "c2", "user", ADA)),
                            locale))
                    .contains("C2 · Information and communication infrastructure");
            assertThat(Templates.render(
                            "forum/mine",
                            new HashMap<>(Map.of("threads", List.of(thread(false)), "user", ADA)),
                            locale))
                    .contains("/forum/threads/t1");
            Map<String, Object> form = new HashMap<>();
            form.put("categoryId", "stocktaking");
            form.put("about", "ENTRY:e1");
            form.put("aboutTitle", "Connecting 500 schools");
            form.put("title", "ab");
            form.put("body", "");
            String newThread = Templates.render(
                    "forum/new",
                    new HashMap<>(Map.of(
                            "form",
                            form,
                            "errors",
                            Map.of("title", "size must be between 3 and 150"),
                            "categories",
                            ForumPages.categoryIds(),
                            "user",
                            ADA)),
                    locale);
            assertThat(newThread).contains("size must be between 3 and 150", "value=\"ENTRY:e1\"");
            if (language.equals("en")) {
                // The general categories by their names, the action lines by code and title.
                assertThat(Jsoup.parse(newThread).select("#categoryId option").eachText())
                        .contains(
                                "Convening and workshops",
                                "The stocktaking database",
                                "C11 · International and regional cooperation")
                        .doesNotContain("CONVENING · CONVENING");
            }
            assertThat(Templates.render(
                            "forum/edit",
                            new HashMap<>(Map.of(
                                    "post",
                                    post("p1", "VISIBLE", true, "<p>x</p>"),
                                    "body",
                                    "x",
                                    "errors",
                                    Map.of(),
                                    "user",
                                    ADA)),
                            locale))
                    .contains("name=\"version\" value=\"0\"");
            Map<String, Object> threadPage = page(false, List.of(post("p1", "VISIBLE", true, "<p>Mine</p>")));
            threadPage.put("user", ADA);
            assertThat(Templates.render("forum/thread", threadPage, locale)).contains("<p>Mine</p>");
        }
    }

    @Test
    void aReaderChangesOrWithdrawsTheirOwnPostsAndReportsOnlyOthersPublicOnes() {
        Map<String, Object> model = page(
                false,
                List.of(
                        post("p1", "VISIBLE", true, "<p>Who has <strong>licence-exempt</strong> bands?</p>"),
                        post("p2", "VISIBLE", false, "<p>We use 5 GHz.</p>"),
                        post("p3", "HIDDEN", false, null),
                        post("p4", "REMOVED", false, null)));
        model.put("user", ADA);
        Document page = Jsoup.parse(Templates.render("forum/thread", model, Locale.ENGLISH));

        assertThat(page.select("#post-p1 .prose").html()).contains("<strong>licence-exempt</strong>");
        assertThat(page.select("#post-p1 a[href=/my/forum/posts/p1/edit]")).hasSize(1);
        assertThat(page.select("#post-p1 form[action=/my/forum/posts/p1/withdraw]"))
                .hasSize(1);
        assertThat(page.select("#post-p1 form[action=/my/flags]")).isEmpty();
        assertThat(page.select("#post-p2 form[action=/my/flags] input[name=postId]")
                        .attr("value"))
                .isEqualTo("p2");
        assertThat(page.select("#post-p2 a[href*=edit]")).isEmpty();
        assertThat(page.select("#post-p3").text()).contains("hidden while moderators review it");
        assertThat(page.select("#post-p3 .prose, #post-p3 form")).isEmpty();
        assertThat(page.select("#post-p4").text()).contains("removed by a moderator");
        assertThat(page.select("form[action=/my/forum/threads/t1/reply]")).hasSize(1);
        assertThat(page.select("form[action^=/moderation/]")).isEmpty();
        assertThat(page.select("a[href=/entries/e1]").text()).isEqualTo("Connecting 500 schools");
    }

    @Test
    void aPublicEntryOffersItsThreadsAStartAboutItAndAReportToTheSignedIn() {
        Map<String, Object> entry = new HashMap<>();
        entry.put("id", "e1");
        entry.put("title", "Solar kiosks for rural connectivity");
        entry.put("organisation", "Ministry of Digital Economy");
        entry.put("country", "SN");
        entry.put("region", "AFR");
        entry.put("stakeholderType", "GOVERNMENT");
        entry.put("shortDescription", "Kiosks.");
        entry.put("fullDescription", "");
        entry.put("actionLines", List.of("C2"));
        entry.put("sdgs", List.of(9));
        entry.put("startDate", "2025-01-15");
        entry.put("keywords", List.of());
        entry.put("endDate", null);
        entry.put("website", null);
        for (String language : LANGUAGES) {
            Document anonymous = Jsoup.parse(Templates.render(
                    "entries/entry", new HashMap<>(Map.of("entry", entry)), Locale.forLanguageTag(language)));
            assertThat(anonymous.select("a[href='/forum?about=ENTRY:e1']")).hasSize(1);
            assertThat(anonymous.select("form[action=/my/flags]")).isEmpty();
        }
        Document signedIn = Jsoup.parse(
                Templates.render("entries/entry", new HashMap<>(Map.of("entry", entry, "user", ADA)), Locale.ENGLISH));
        assertThat(signedIn.select("a[href^=/my/forum/new]").attr("href"))
                .contains("about=ENTRY:e1", "category=stocktaking");
        assertThat(signedIn.select("form[action=/my/flags] input[name=entryId]").attr("value"))
                .isEqualTo("e1");
        // Its documents and, signed in, one to share about it; its logo from the repository when it has one.
        assertThat(signedIn.select("a[href='/repository?about=ENTRY:e1']")).hasSize(1);
        assertThat(signedIn.select("a[href^=/my/documents/new]").attr("href")).contains("about=ENTRY:e1");
        assertThat(signedIn.select("img.entry-logo")).isEmpty();
        Document withLogo = Jsoup.parse(Templates.render(
                "entries/entry",
                new HashMap<>(Map.of("entry", entry, "logo", Map.of("id", "d9", "title", "Logo"))),
                Locale.FRENCH));
        assertThat(withLogo.select("img.entry-logo").attr("src")).isEqualTo("/api/community/documents/d9/file");
        assertThat(withLogo.select("img.entry-logo").attr("alt"))
                .isEqualTo("Logo de Solar kiosks for rural connectivity");
    }

    @Test
    void aLockedThreadTakesNoReplyAndModeratorsSeeWhoWroteAndTheirControls() {
        Map<String, Object> hidden = post("p3", "HIDDEN", false, "<p>Cheap followers</p>");
        hidden.put("authorAccount", "user-ben");
        Map<String, Object> model = page(true, List.of(hidden));
        model.put("user", OMAR);
        Document page = Jsoup.parse(Templates.render("forum/thread", model, Locale.FRENCH));

        assertThat(page.select("#post-p3 .prose").text()).isEqualTo("Cheap followers");
        assertThat(page.select("#post-p3 h2").text()).contains("Ben", "user-ben");
        assertThat(page.select("form[action=/my/forum/threads/t1/reply]")).isEmpty();
        assertThat(page.select("form[action=/moderation/forum/threads/t1/unlock]"))
                .hasSize(1);
        assertThat(page.select("form[action=/moderation/forum/threads/t1/move] option[selected]")
                        .attr("value"))
                .isEqualTo("c2");
        assertThat(page.text()).contains("Un modérateur a verrouillé cette discussion");
    }
}
