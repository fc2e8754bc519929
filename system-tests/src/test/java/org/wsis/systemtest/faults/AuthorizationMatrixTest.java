package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.wsis.systemtest.PlatformActions;
import org.wsis.testkit.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Every documented endpoint, called through the portal with no token, an expired token, and a token of
 * each role (a voter holds only the default role, {@code stakeholder}); then the owner-only operations
 * with another person's token. Only what the services' READMEs document succeeds.
 */
@Order(Integer.MAX_VALUE)
class AuthorizationMatrixTest {

    private static final Set<String> PUBLIC = Set.of();
    private static final Set<String> SIGNED_IN = Set.of("stakeholder", "moderator", "expert", "admin", "editor");
    /** The newsroom's editors, and admins. */
    private static final Set<String> EDITORS = Set.of("editor", "admin");

    private static final Set<String> MODERATOR = Set.of("moderator");
    private static final Set<String> EXPERT = Set.of("expert");
    private static final Set<String> ADMIN = Set.of("admin");
    /** Moderators, and the programme's admins for the workshops on their desk of the queue. */
    private static final Set<String> QUEUE = Set.of("moderator", "admin");
    /** Moderators and admins: they moderate the forum. */
    private static final Set<String> MODERATORS = Set.of("moderator", "admin");

    /** Who may call what, as the services' READMEs document it ({@link #PUBLIC}: anyone, no token needed). */
    private static final Map<String, Set<String>> DOCUMENTED = new LinkedHashMap<>();

    static {
        Map<String, Set<String>> d = DOCUMENTED;
        d.put("GET /api/entries", PUBLIC);
        d.put("GET /api/entries/{id}", PUBLIC);
        d.put("GET /api/entries/statistics", PUBLIC);
        d.put("GET /api/entries/export.csv", PUBLIC);
        d.put("GET /api/entries/export.json", PUBLIC);
        d.put("GET /api/reference", PUBLIC);
        d.put("GET /api/entries/mine/export", SIGNED_IN); // the caller's own
        d.put("POST /api/entries", SIGNED_IN); // role stakeholder, which every account holds
        d.put("PUT /api/entries/{id}", SIGNED_IN); // the owner
        d.put("POST /api/entries/{id}/submit", SIGNED_IN); // the owner
        d.put("POST /api/entries/{id}/withdraw", SIGNED_IN); // the owner
        d.put("GET /api/moderation/items", QUEUE);
        d.put("GET /api/moderation/items/{id}", QUEUE);
        d.put("GET /api/moderation/items/{id}/audit", QUEUE);
        d.put("GET /api/moderation/items/{id}/flags", QUEUE); // not the item's author
        d.put("GET /api/moderation/audit.csv", MODERATOR);
        d.put("POST /api/moderation/items/{id}/claim", QUEUE);
        d.put("POST /api/moderation/items/{id}/release", QUEUE);
        d.put("POST /api/moderation/items/{id}/decision", QUEUE);
        d.put("POST /api/moderation/items/bulk-decision", QUEUE);
        d.put("POST /api/moderation/items/{id}/appeal", SIGNED_IN); // the author
        d.put("POST /api/moderation/flags", SIGNED_IN);
        d.put("GET /api/moderation/my-items", SIGNED_IN);
        d.put("GET /api/moderation/mine/export", SIGNED_IN);
        d.put("GET /api/prizes/editions", PUBLIC);
        d.put("GET /api/prizes/editions/{year}", PUBLIC);
        d.put("GET /api/prizes/editions/{year}/nominees", PUBLIC);
        d.put("GET /api/prizes/editions/{year}/results", PUBLIC);
        d.put("POST /api/prizes/editions", ADMIN);
        d.put("POST /api/prizes/editions/{year}/phase", ADMIN);
        d.put("POST /api/prizes/editions/{year}/nominations", SIGNED_IN); // role stakeholder
        d.put("GET /api/prizes/editions/{year}/nominations/mine", SIGNED_IN);
        d.put("GET /api/prizes/editions/{year}/nominations", Set.of("admin", "expert"));
        d.put("PUT /api/prizes/editions/{year}/experts/{expertId}", ADMIN);
        d.put("GET /api/prizes/editions/{year}/review", EXPERT);
        d.put("POST /api/prizes/editions/{year}/nominations/{id}/scores", EXPERT);
        d.put("POST /api/prizes/editions/{year}/nominations/{id}/recusal", EXPERT);
        // Experts too, but only for a nomination they have scored themselves: not the one asked for here.
        d.put("GET /api/prizes/editions/{year}/nominations/{id}/scores", ADMIN);
        d.put("GET /api/prizes/editions/{year}/categories/{category}/ranking", ADMIN);
        d.put("POST /api/prizes/editions/{year}/nominations/{id}/shortlist", ADMIN);
        d.put("POST /api/prizes/editions/{year}/votes", SIGNED_IN);
        d.put("GET /api/prizes/editions/{year}/votes/mine", SIGNED_IN);
        d.put("GET /api/prizes/editions/{year}/standings", ADMIN);
        d.put("GET /api/prizes/editions/{year}/ballot-review", ADMIN);
        d.put("GET /api/prizes/editions/{year}/ballot-review/voters", ADMIN);
        d.put("POST /api/prizes/editions/{year}/ballot-review/decisions", ADMIN);
        d.put("POST /api/prizes/editions/{year}/categories/{category}/winners", ADMIN);
        d.put("GET /api/prizes/eligible-entries", SIGNED_IN);
        d.put("GET /api/prizes/editions/{year}/audit", ADMIN);
        d.put("GET /api/prizes/editions/{year}/audit.csv", ADMIN);
        d.put("GET /api/prizes/experts/me", EXPERT);
        d.put("GET /api/prizes/experts", ADMIN);
        d.put("GET /api/prizes/mine/export", SIGNED_IN);
        d.put("GET /api/notifications/preferences", SIGNED_IN);
        d.put("PUT /api/notifications/preferences", SIGNED_IN);
        d.put("GET /api/notifications/mine/export", SIGNED_IN);
        // Refused on its confirmation alone, which is never the caller's address (ValidRequests.ERASURE).
        d.put("POST /api/notifications/mine/erasure", SIGNED_IN);
        d.put("GET /api/notifications/mine/erasure", SIGNED_IN); // 404 for someone who never asked
        d.put("GET /api/notifications/unsubscribe", PUBLIC);
        d.put("POST /api/notifications/unsubscribe", PUBLIC);
        d.put("GET /api/notifications/broadcasts", ADMIN);
        d.put("POST /api/notifications/broadcasts", ADMIN);
        d.put("GET /api/notifications/broadcasts/audit", ADMIN);
        d.put("GET /api/notifications/broadcasts/{id}", ADMIN);
        d.put("GET /api/notifications/deliveries", ADMIN);
        d.put("GET /api/notifications/deliveries/{id}", ADMIN);
        d.put("GET /api/convening/convenors", PUBLIC);
        d.put("GET /api/convening/convenors/{id}", PUBLIC);
        d.put("GET /api/convening/convenors/{convenorId}/issues", PUBLIC);
        d.put("GET /api/convening/issues", PUBLIC);
        d.put("GET /api/convening/issues/{id}", PUBLIC);
        d.put("GET /api/convening/issues/{id}/similar", PUBLIC);
        d.put("GET /api/convening/themes", PUBLIC);
        d.put("GET /api/convening/convenors/mine", SIGNED_IN);
        d.put("GET /api/convening/mine/export", SIGNED_IN);
        d.put("POST /api/convening/convenors", SIGNED_IN); // role stakeholder, which every account holds
        d.put("PUT /api/convening/convenors/{id}", SIGNED_IN); // its managers
        d.put("POST /api/convening/convenors/{id}/submit", SIGNED_IN); // its managers
        d.put("POST /api/convening/convenors/{id}/withdraw", SIGNED_IN); // its managers
        d.put("POST /api/convening/convenors/{id}/invitations", SIGNED_IN); // its managers
        d.put("POST /api/convening/convenors/{id}/invitations/accept", SIGNED_IN); // the invited address
        d.put("POST /api/convening/convenors/{id}/invitations/revoke", SIGNED_IN); // its managers
        d.put("GET /api/convening/convenors/invitations", SIGNED_IN); // the caller's own
        d.put("POST /api/convening/convenors/{convenorId}/issues", SIGNED_IN); // the convenor's managers
        d.put("PUT /api/convening/issues/{id}", SIGNED_IN); // its convenor's managers
        d.put("POST /api/convening/issues/{id}/submit", SIGNED_IN);
        d.put("POST /api/convening/issues/{id}/withdraw", SIGNED_IN);
        d.put("POST /api/convening/contacts", SIGNED_IN); // a manager of the asking convenor
        d.put("GET /api/convening/contacts", SIGNED_IN); // a manager of the convenor
        d.put("POST /api/convening/contacts/{id}/accept", SIGNED_IN); // a manager of the asked convenor
        d.put("POST /api/convening/contacts/{id}/decline", SIGNED_IN);
        d.put("POST /api/convening/contacts/{id}/block", SIGNED_IN);
        d.put("GET /api/convening/events/{id}", PUBLIC); // a draft to its owner and moderators only
        d.put("GET /api/convening/events/mine", SIGNED_IN);
        d.put("POST /api/convening/events", SIGNED_IN); // role stakeholder, which every account holds
        d.put("PUT /api/convening/events/{id}", SIGNED_IN); // its owner
        d.put("POST /api/convening/events/{id}/submit", SIGNED_IN); // its owner
        d.put("POST /api/convening/events/{id}/withdraw", SIGNED_IN); // its owner
        d.put("GET /api/convening/calendar", PUBLIC);
        d.put("GET /api/convening/calendar.ics", PUBLIC);
        d.put("GET /api/convening/calendar/{key}", PUBLIC);
        d.put("GET /api/convening/calendar/{key}.ics", PUBLIC);
        d.put("GET /api/convening/calendar/following", SIGNED_IN);
        d.put("GET /api/convening/calendar/{key}/follow", SIGNED_IN);
        d.put("PUT /api/convening/calendar/{key}/follow", SIGNED_IN);
        d.put("DELETE /api/convening/calendar/{key}/follow", SIGNED_IN);
        d.put("GET /api/convening/venues", PUBLIC);
        d.put("GET /api/convening/venues/{id}", PUBLIC);
        d.put("POST /api/convening/venues", ADMIN); // or the programme role
        d.put("PUT /api/convening/venues/{id}", ADMIN);
        d.put("PUT /api/convening/venues/{id}/rooms/{roomId}/closed", ADMIN);
        d.put("GET /api/convening/venues/{venueId}/workshops", PUBLIC); // every proposal to the programme's admins
        d.put("GET /api/convening/venues/{venueId}/uncovered-themes", ADMIN);
        d.put("POST /api/convening/workshops", SIGNED_IN); // a manager of the proposing convenor
        d.put("GET /api/convening/workshops/mine", SIGNED_IN);
        d.put("GET /api/convening/workshops/{id}", PUBLIC); // a proposal to the convenors involved and staff only
        d.put("PUT /api/convening/workshops/{id}", SIGNED_IN); // the proposing convenor's managers
        d.put("POST /api/convening/workshops/{id}/invitations", SIGNED_IN);
        d.put("DELETE /api/convening/workshops/{id}/invitations/{convenorId}", SIGNED_IN);
        d.put(
                "POST /api/convening/workshops/{id}/invitations/{convenorId}/accept",
                SIGNED_IN); // the invited's managers
        d.put("POST /api/convening/workshops/{id}/invitations/{convenorId}/decline", SIGNED_IN);
        d.put("POST /api/convening/workshops/{id}/submit", SIGNED_IN);
        d.put("POST /api/convening/workshops/{id}/withdraw", SIGNED_IN);
        d.put("POST /api/convening/workshops/{id}/merge", ADMIN);
        d.put("GET /api/convening/venues/{venueId}/programme", ADMIN);
        d.put("POST /api/convening/venues/{venueId}/programme/solve", ADMIN);
        d.put("POST /api/convening/venues/{venueId}/programme/stop", ADMIN);
        d.put("PUT /api/convening/venues/{venueId}/programme/workshops/{workshopId}", ADMIN);
        d.put("POST /api/convening/venues/{venueId}/programme/publish", ADMIN);
        d.put("GET /api/convening/venues/{venueId}/programme/published", PUBLIC);
        d.put("GET /api/convening/venues/{venueId}/programme.ics", PUBLIC);
        d.put("GET /api/convening/venues/{venueId}/rooms/{roomId}/programme.ics", PUBLIC);
        d.put("GET /api/convening/outcomes", PUBLIC);
        d.put("GET /api/convening/workshops/{id}/outcome", PUBLIC); // a draft to the workshop's convenors only
        d.put("PUT /api/convening/workshops/{id}/outcome", SIGNED_IN); // the managers of its convenors
        d.put("POST /api/convening/workshops/{id}/outcome/submit", SIGNED_IN);
        d.put("POST /api/convening/workshops/{id}/outcome/withdraw", SIGNED_IN);
        d.put("GET /api/community/forum/categories", PUBLIC);
        d.put("GET /api/community/forum/threads", PUBLIC);
        d.put("POST /api/community/forum/threads", SIGNED_IN); // any account
        d.put("GET /api/community/forum/threads/{id}", PUBLIC);
        d.put("POST /api/community/forum/threads/{id}/posts", SIGNED_IN);
        d.put("GET /api/community/forum/posts/{id}", PUBLIC); // hidden text to its author and moderators only
        d.put("PUT /api/community/forum/posts/{id}", SIGNED_IN); // its author
        d.put("POST /api/community/forum/posts/{id}/withdraw", SIGNED_IN); // its author
        d.put("PUT /api/community/forum/threads/{id}/subscription", SIGNED_IN);
        d.put("DELETE /api/community/forum/threads/{id}/subscription", SIGNED_IN);
        d.put("GET /api/community/forum/subscriptions", SIGNED_IN);
        d.put("POST /api/community/forum/threads/{id}/lock", MODERATORS);
        d.put("POST /api/community/forum/threads/{id}/unlock", MODERATORS);
        d.put("POST /api/community/forum/threads/{id}/move", MODERATORS);
        d.put("GET /api/community/mine/export", SIGNED_IN);
        d.put("GET /api/entries/reports", PUBLIC);
        d.put("GET /api/entries/reports/{year}", PUBLIC);
        d.put("POST /api/entries/reports/{year}", EDITORS);
        d.put("PUT /api/entries/reports/{year}/stories", EDITORS);
        d.put("GET /api/community/documents", PUBLIC);
        d.put("GET /api/community/documents/mine", SIGNED_IN);
        d.put("GET /api/community/documents/logo", PUBLIC);
        d.put("POST /api/community/documents", SIGNED_IN); // a verified address
        d.put("GET /api/community/documents/{id}", PUBLIC); // before approval: its uploader and moderators
        d.put("PUT /api/community/documents/{id}", SIGNED_IN); // its uploader
        d.put("PUT /api/community/documents/{id}/file", SIGNED_IN); // its uploader
        d.put("POST /api/community/documents/{id}/submit", SIGNED_IN); // its uploader
        d.put("POST /api/community/documents/{id}/withdraw", SIGNED_IN); // its uploader
        d.put("GET /api/community/documents/{id}/file", PUBLIC); // before approval: its uploader and moderators
        d.put("GET /api/community/news", PUBLIC);
        d.put("GET /api/community/news/{id}", PUBLIC); // a draft to editors only
        d.put("GET /api/community/news/{id}/image", PUBLIC); // a draft's to editors only
        d.put("GET /api/community/news/feeds/{language}", PUBLIC);
        d.put("GET /api/community/newsroom", EDITORS);
        d.put("POST /api/community/news", EDITORS);
        d.put("PUT /api/community/news/{id}", EDITORS);
        d.put("POST /api/community/news/{id}/publish", EDITORS);
        d.put("POST /api/community/news/{id}/withdraw", EDITORS);
        d.put("PUT /api/community/news/{id}/image", EDITORS);
        d.put("DELETE /api/community/news/{id}/image", EDITORS);
    }

    @Test
    void everyEndpointAnswersOnlyTheDocumentedCallers() {
        FaultyPlatform platform = FaultyPlatform.get();
        VotingScene.get();
        PublicApi api = new PublicApi(platform);
        List<PublicApi.Operation> operations = api.operations();
        assertThat(operations.stream().map(PublicApi.Operation::key).collect(java.util.stream.Collectors.toSet()))
                .as("every documented endpoint is in the matrix, and only those")
                .isEqualTo(DOCUMENTED.keySet());

        // Keycloak's short-lived token (Amina's) expired a second after the stack started; the services allow
        // 60 s of clock skew, so it is refused from 61 s on. Until then an admin's endpoint answers it 403.
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> api.call("GET", "/api/notifications/deliveries", platform.expiringToken, null)
                                .status()
                        == 401);

        List<String> failures = new ArrayList<>();
        int checkedAtTheDoor = 0;
        for (PublicApi.Operation operation : operations) {
            Set<String> allowed = DOCUMENTED.get(operation.key());
            String path = ValidRequests.pathAndQuery(operation, platform);
            // A valid body: what refuses a caller must be who they are, never a validation error.
            String body = ValidRequests.body(operation);
            boolean open = allowed.isEmpty();

            PublicApi.Answer anonymous = api.call(operation.method(), path, null, body);
            if (open ? isRefusal(anonymous.status()) : anonymous.status() != 401) {
                failures.add(operation.key() + " without a token -> " + anonymous.status());
            }
            PublicApi.Answer expired = api.call(operation.method(), path, platform.expiringToken, body);
            if (!open && expired.status() != 401) {
                failures.add(operation.key() + " with an expired token -> " + expired.status());
            }
            for (var role : PlatformActions.DEMO_ACCOUNT_OF_ROLE.entrySet()) {
                PublicApi.Answer answer = api.call(operation.method(), path, platform.token(role.getValue()), body);
                int status = answer.status();
                if (open || allowed.contains(role.getKey())) {
                    // Allowed: the request goes through to what it names (nothing, mostly: 404 or 409).
                    if (isRefusal(status)
                            || (status == 400 && !refusedOnlyForItsConfirmation(operation, answer))
                            || status >= 500) {
                        failures.add(operation.key() + " as " + role.getKey() + " -> " + status + " "
                                + abbreviate(answer.body()));
                    }
                } else if (status == 403 && answer.contentType().startsWith("application/problem+json")) {
                    checkedAtTheDoor++;
                } else {
                    failures.add(operation.key() + " as " + role.getKey() + " (not allowed) -> " + status + " "
                            + abbreviate(answer.body()));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checkedAtTheDoor).as("refusals with 403").isGreaterThan(50);
    }

    @Test
    void anotherPersonsTokenNeitherReadsNorChangesWhatIsTheirs() {
        FaultyPlatform platform = FaultyPlatform.get();
        ApiClient api = new ApiClient(platform.stack.portalUrl());
        String amina = platform.token("amina");
        String victor = platform.token("victor");
        String entry = PlatformActions.submittedEntry(api, amina, "Only Amina may change this", "C6");
        String item = PlatformActions.awaitItem(api, platform.token("omar"), "entry:" + entry + ":1");

        assertThat(api.get("/api/entries/" + entry, victor).status()).isEqualTo(404);
        assertThat(api.put(
                                "/api/entries/" + entry,
                                victor,
                                Map.of(
                                        "title", "Taken over",
                                        "organisation", "Someone else",
                                        "stakeholderType", "GOVERNMENT",
                                        "country", "SN",
                                        "actionLines", List.of("C6"),
                                        "sdgs", List.of(4),
                                        "shortDescription", "Changed by another person.",
                                        "startDate", "2024-09-01"),
                                null)
                        .status())
                .isIn(403, 404);
        assertThat(api.post("/api/entries/" + entry + "/withdraw", victor, null).status())
                .isIn(403, 404);
        assertThat(api.post("/api/entries/" + entry + "/submit", victor, null).status())
                .isIn(403, 404);
        assertThat(api.post("/api/moderation/items/" + item + "/appeal", victor, Map.of("message", "Please"))
                        .status())
                .isIn(403, 404, 409);
        JsonNode victorsItems = api.get("/api/moderation/my-items", victor).body();
        assertThat(victorsItems.toString()).doesNotContain(entry);
        JsonNode victorsEntries = api.get("/api/entries?mine=true", victor).body();
        assertThat(victorsEntries.toString()).doesNotContain(entry);

        JsonNode unchanged = api.get("/api/entries/" + entry, amina).body();
        assertThat(unchanged.path("title").asString()).isEqualTo("Only Amina may change this");
        assertThat(unchanged.path("status").asString()).isEqualTo("SUBMITTED");
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    /** The erasure's 400 that names {@code confirmation} alone: read, checked, and erasing nobody. */
    private static boolean refusedOnlyForItsConfirmation(PublicApi.Operation operation, PublicApi.Answer answer) {
        if (!operation.key().equals(ValidRequests.ERASURE)) {
            return false;
        }
        JsonNode errors = PublicApi.JSON.readTree(answer.body()).path("errors");
        return errors.size() == 1 && errors.get(0).path("field").asString().equals("confirmation");
    }

    private static boolean isRefusal(int status) {
        return status == 401 || status == 403;
    }
}
