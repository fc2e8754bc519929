package org.wsis.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;

/**
 * The portal's own pages and forms, opened by people signed in through Keycloak with each role (and by
 * nobody signed in): a role page answers 403 to everyone without the role, whatever they send with it,
 * and lets the role through. Forms are posted with the session's CSRF token and otherwise empty, about
 * an edition and records that do not exist, so what the allowed role gets is the page's own answer (an
 * error on the form, not found), never a change.
 */
class PortalPageGatesTest {

    private static final int NO_SUCH_YEAR = 2098;
    private static final Set<String> SIGNED_IN = Set.of("stakeholder", "moderator", "expert", "admin", "editor");
    /** The newsroom's editors, and admins. */
    private static final Set<String> EDITORS = Set.of("editor", "admin");

    private static final Set<String> EXPERT = Set.of("expert");
    private static final Set<String> ADMIN = Set.of("admin");
    /** Moderators, and the programme's admins for the workshops on their desk. */
    private static final Set<String> QUEUE = Set.of("moderator", "admin");

    /** Who may open what, as the portal's README documents it. */
    private static final Map<String, Set<String>> GATED = new LinkedHashMap<>();

    static {
        Map<String, Set<String>> g = GATED;
        String y = String.valueOf(NO_SUCH_YEAR);
        g.put("GET /my/entries", SIGNED_IN);
        g.put("GET /my/entries/new", SIGNED_IN);
        g.put("GET /account/notifications", SIGNED_IN);
        g.put("GET /account/privacy", SIGNED_IN);
        g.put("GET /account/privacy/export", SIGNED_IN);
        // Posted empty: refused for want of a choice and a confirmation, erasing nobody.
        g.put("POST /account/privacy/erase", SIGNED_IN);
        g.put("GET /prizes/" + y + "/vote", SIGNED_IN);
        g.put("GET /my/documents", SIGNED_IN);
        g.put("GET /my/documents/new", SIGNED_IN);
        // Posted empty: the form comes back with its errors, sharing nothing.
        g.put("POST /my/documents", SIGNED_IN);
        g.put("GET /my/documents/no-such-document", SIGNED_IN);
        g.put("POST /my/documents/no-such-document/submit", SIGNED_IN);
        g.put("POST /my/documents/no-such-document/withdraw", SIGNED_IN);
        g.put("GET /my/forum", SIGNED_IN);
        g.put("GET /my/forum/new", SIGNED_IN);
        // Posted empty: the form comes back with its errors, starting no thread.
        g.put("POST /my/forum/threads", SIGNED_IN);
        g.put("POST /my/forum/threads/no-such-thread/reply", SIGNED_IN);
        // Posted empty: refused for want of a reason, flagging nothing.
        g.put("POST /my/flags", SIGNED_IN);
        g.put("POST /moderation/forum/threads/no-such-thread/lock", QUEUE);
        g.put("POST /moderation/documents/no-such-document/take-down", QUEUE);
        g.put("POST /moderation/forum/threads/no-such-thread/move", QUEUE);
        g.put("GET /moderation", QUEUE);
        g.put("GET /moderation/items/no-such-item", QUEUE);
        g.put("POST /moderation/items/no-such-item/claim", QUEUE);
        g.put("POST /moderation/items/no-such-item/release", QUEUE);
        g.put("POST /moderation/items/no-such-item/decision", QUEUE);
        g.put("POST /moderation/bulk-decision", QUEUE);
        g.put("GET /review", EXPERT);
        g.put("POST /review/" + y + "/nominations/no-such-nomination/scores", EXPERT);
        g.put("POST /review/" + y + "/nominations/no-such-nomination/recusal", EXPERT);
        g.put("GET /admin", ADMIN);
        g.put("GET /admin/prizes/" + y, ADMIN);
        g.put("GET /admin/prizes/" + y + "/audit", ADMIN);
        g.put("GET /admin/prizes/" + y + "/ballots", ADMIN);
        g.put("GET /admin/broadcasts", ADMIN);
        g.put("POST /admin/editions", ADMIN);
        g.put("POST /admin/editions/" + y + "/phase", ADMIN);
        g.put("POST /admin/prizes/" + y + "/nominations/no-such-nomination/shortlist", ADMIN);
        g.put("POST /admin/prizes/" + y + "/experts", ADMIN);
        g.put("POST /admin/prizes/" + y + "/categories/2/winners", ADMIN);
        g.put("POST /admin/prizes/" + y + "/ballots", ADMIN);
        g.put("POST /admin/broadcasts", ADMIN);
        g.put("GET /reports/" + y + "/edit", EDITORS);
        // Posted for a year to come: refused, generating nothing.
        g.put("POST /reports/" + y + "/generate", EDITORS);
        g.put("POST /reports/" + y + "/stories", EDITORS);
        g.put("GET /newsroom", EDITORS);
        g.put("GET /newsroom/new", EDITORS);
        // Posted empty: the form comes back with its errors, writing no post.
        g.put("POST /newsroom", EDITORS);
        g.put("GET /newsroom/no-such-news", EDITORS);
        g.put("POST /newsroom/no-such-news/publish", EDITORS);
        g.put("POST /newsroom/no-such-news/image/remove", EDITORS);
        g.put("GET /programme/no-such-venue/board", ADMIN); // or the programme role
        g.put("POST /programme/no-such-venue/board/publish", ADMIN);
    }

    private static LocalStack stack;
    private static Browser browser;

    @BeforeAll
    static void start() {
        stack = RunningPlatform.stack();
        browser = new Browser(stack.portalUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void rolePagesAndFormsLetOnlyTheirRoleThrough() {
        List<String> failures = new ArrayList<>();
        int refused = 0;

        Page nobody = browser.newPage("en-GB");
        for (var gate : GATED.entrySet()) {
            APIResponse answer = call(nobody, gate.getKey(), null);
            boolean sentToSignIn = answer.status() == 302
                    && answer.headers().getOrDefault("location", "").contains("/oauth2/authorization");
            // A form posted without a session has no CSRF token to show: refused before anything else.
            boolean ok = gate.getKey().startsWith("GET ") ? sentToSignIn : answer.status() == 403 || sentToSignIn;
            if (!ok) {
                failures.add(gate.getKey() + " signed out -> " + answer.status());
            }
        }

        for (var role : PlatformActions.DEMO_ACCOUNT_OF_ROLE.entrySet()) {
            Page page = browser.newPage("en-GB");
            Browser.signIn(page, role.getValue(), role.getValue() + "-wsis-demo");
            page.navigate("/");
            String csrf = page.locator("meta[name=csrf-token]").getAttribute("content");
            assertThat(csrf)
                    .as("the CSRF token of %s's session", role.getValue())
                    .isNotBlank();
            for (var gate : GATED.entrySet()) {
                int status = call(page, gate.getKey(), csrf).status();
                if (gate.getValue().contains(role.getKey())) {
                    if (status == 403 || status == 401 || status >= 500) {
                        failures.add(gate.getKey() + " as " + role.getKey() + " -> " + status);
                    }
                } else if (status == 403) {
                    refused++;
                } else {
                    failures.add(gate.getKey() + " as " + role.getKey() + " (not allowed) -> " + status);
                }
            }
            page.context().close();
        }
        assertThat(failures).isEmpty();
        assertThat(refused).as("refusals").isGreaterThan(40);
    }

    private static APIResponse call(Page page, String methodAndPath, String csrf) {
        String[] parts = methodAndPath.split(" ", 2);
        RequestOptions options = RequestOptions.create().setMaxRedirects(0);
        if (parts[0].equals("GET")) {
            return page.request().get(parts[1], options);
        }
        FormData form = FormData.create();
        if (csrf != null) {
            form.set("_csrf", csrf);
        }
        return page.request().post(parts[1], options.setForm(form));
    }
}
