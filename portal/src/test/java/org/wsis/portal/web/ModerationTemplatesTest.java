package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The moderation pages as the portal renders them, from the real templates and messages, for what the
 * moderation service answers: a moderator is never offered to claim or decide an item about their own
 * entry or nomination, and sees who flagged an entry.
 */
class ModerationTemplatesTest {

    private static final PageModel.User OMAR =
            new PageModel.User("mod-omar", "Omar", "omar@example.org", Set.of("moderator"));

    private static final SpringTemplateEngine ENGINE = Templates.engine();

    /** What Spring MVC gives a page's expressions: JSON objects from the services read as maps. */
    private static final ThymeleafEvaluationContext EXPRESSIONS = expressions();

    private static ThymeleafEvaluationContext expressions() {
        GenericApplicationContext application = new GenericApplicationContext();
        application.refresh();
        return new ThymeleafEvaluationContext(application, new DefaultConversionService());
    }

    private static String render(String template, Map<String, Object> model, Locale locale) {
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/moderation");
        Map<String, Object> variables = new HashMap<>(model);
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, EXPRESSIONS);
        variables.put("user", OMAR);
        variables.put("decisions", ModerationPages.DECISIONS);
        variables.put("reasons", ModerationPages.REASONS);
        return ENGINE.process(
                template,
                new WebContext(
                        JakartaServletWebApplication.buildApplication(servlet)
                                .buildExchange(request, new MockHttpServletResponse()),
                        locale,
                        variables));
    }

    private static Map<String, Object> anItem(String id, String state, boolean ownItem, String claimedBy) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", id);
        item.put("kind", "REVIEW");
        item.put("subjectType", "ENTRY");
        item.put("subjectId", "e1");
        item.put("revision", 1);
        item.put("title", "Community radio in local languages");
        item.put("createdAt", "2026-11-25T08:00:00Z");
        item.put("state", state);
        item.put("claimedBy", claimedBy);
        item.put("flagCount", 0);
        item.put("ownItem", ownItem);
        item.put("appealMessage", null);
        return item;
    }

    private static String itemPage(Map<String, Object> item, List<Map<String, Object>> flags, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("item", item);
        model.put("audit", List.of());
        model.put("entry", null);
        model.put("flags", flags);
        return render("moderation/item", model, locale);
    }

    @Test
    void aModeratorIsNotOfferedToClaimAnItemAboutTheirOwnEntryAndIsToldWhy() {
        String own = itemPage(anItem("entry:e1:1", "PENDING", true, null), List.of(), Locale.ENGLISH);
        String someoneElses = itemPage(anItem("entry:e2:1", "PENDING", false, null), List.of(), Locale.ENGLISH);

        assertThat(own).doesNotContain("/moderation/items/entry:e1:1/claim", "Claim this item");
        assertThat(own).contains("This item is about your own entry or nomination");
        assertThat(someoneElses).contains("/moderation/items/entry:e2:1/claim", "Claim this item");
        assertThat(someoneElses).doesNotContain("This item is about your own entry or nomination");
    }

    @Test
    void anAuthorHoldingAnOlderClaimOnTheirOwnItemMayGiveItBackButNotDecideIt() {
        String own = itemPage(anItem("entry:e1:1", "CLAIMED", true, "mod-omar"), List.of(), Locale.ENGLISH);

        assertThat(own).doesNotContain("/moderation/items/entry:e1:1/decision", "Send the decision");
        assertThat(own).contains("/moderation/items/entry:e1:1/release");
    }

    @Test
    void theOwnItemNoteAndTheFlagsReadInEveryLanguage() {
        for (String language : List.of("ar", "zh", "en", "fr", "es", "ru")) {
            Locale locale = Locale.forLanguageTag(language);
            String own = itemPage(anItem("entry:e1:1", "PENDING", true, null), List.of(), locale);
            assertThat(own).as(language).contains("class=\"note own-item\"").doesNotContain("/claim\"", "??");
            String flagged = itemPage(anItem("flagged:e1:1", "PENDING", false, null), everyKindOfFlag(), locale);
            assertThat(flagged).as(language).contains("voter-ursula").doesNotContain("??");
        }
    }

    @Test
    void theQueueMarksItemsAboutTheModeratorsOwnWorkAndOffersNoneOfThemForABulkDecision() {
        Map<String, Object> result = Map.of(
                "items",
                List.of(
                        anItem("entry:e1:1", "CLAIMED", true, "mod-omar"),
                        anItem("entry:e2:1", "CLAIMED", false, "mod-omar")),
                "counts",
                Map.of("CLAIMED", 2),
                "total",
                2);
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("state", "CLAIMED");
        model.put("kind", "");
        model.put("page", 0);
        model.put("pages", 1);

        String queue = render("moderation/queue", model, Locale.ENGLISH);

        assertThat(queue).contains("value=\"entry:e2:1\"").doesNotContain("value=\"entry:e1:1\"");
        assertThat(queue).containsOnlyOnce("Your own");
    }

    @Test
    void moderatorsSeeWhoFlaggedTheEntryAndWhetherEachFlagCounted() {
        List<Map<String, Object>> flags = List.of(
                aFlag("voter-yusuf", "Yusuf", "SPAM", null, false, "ACCOUNT_TOO_NEW"),
                aFlag("voter-esther", "Esther", "OTHER", "Copied from another entry", true, null));

        String page = itemPage(anItem("flagged:e1:1", "PENDING", false, null), flags, Locale.ENGLISH);

        assertThat(page)
                .contains("Yusuf", "voter-yusuf", "Spam", "Not counted: the account is younger than the minimum age")
                .contains("Esther", "voter-esther", "Copied from another entry", ">Counted<");
    }

    private static List<Map<String, Object>> everyKindOfFlag() {
        return List.of(
                aFlag("voter-sam", "Sam", "SPAM", null, true, null),
                aFlag("voter-olu", "Olu", "OFFENSIVE", null, false, "ACCOUNT_TOO_NEW"),
                aFlag("voter-nia", "Nia", "NOT_ICT_FOR_DEVELOPMENT", null, false, "ACCOUNT_AGE_UNKNOWN"),
                aFlag("voter-ursula", "Ursula", "DUPLICATE", null, false, "ADDRESS_NOT_VERIFIED"),
                aFlag("voter-oda", "Oda", "OTHER", "Advertising", true, null));
    }

    /** A flag as the moderation service lists it: JSON with its null fields. */
    private static Map<String, Object> aFlag(
            String accountId, String name, String reason, String text, boolean counted, String notCountedBecause) {
        Map<String, Object> flag = new HashMap<>();
        flag.put("accountId", accountId);
        flag.put("displayName", name);
        flag.put("reason", reason);
        flag.put("text", text);
        flag.put("at", "2026-11-25T08:00:00Z");
        flag.put("counted", counted);
        flag.put("notCountedBecause", notCountedBecause);
        return flag;
    }
}
