package org.wsis.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * What the tests do through the public API to set the scene, as the people of the demo accounts. The
 * {@code api} given is either a service's own address or the portal's, which relays {@code /api/**}.
 */
public final class PlatformActions {

    public static final Map<String, String> APPROVAL = Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES");

    /** The demo accounts by the one role each holds besides {@code stakeholder}, which every account holds. */
    public static final Map<String, String> DEMO_ACCOUNT_OF_ROLE =
            Map.of("stakeholder", "victor", "moderator", "omar", "expert", "elena", "admin", "admin", "editor", "nora");

    private PlatformActions() {}

    /** The claims of an access token, read without checking its signature (the services check it). */
    public static JsonNode claims(String token) {
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    /** The mails in the local inbox addressed to {@code address}. */
    static List<JsonNode> mailTo(LocalStack stack, String address) {
        JsonNode messages =
                new ApiClient(stack.mailInboxUrl()).get("/api/messages", null).body();
        return StreamSupport.stream(messages.spliterator(), false)
                .filter(m -> m.path("to").asString().contains(address))
                .toList();
    }

    /** A new entry under one action line, written and submitted for moderation by {@code owner}. */
    public static String submittedEntry(ApiClient api, String owner, String title, String actionLine) {
        ApiClient.Response created = api.post(
                "/api/entries",
                owner,
                Map.of(
                        "title", title,
                        "organisation", "Ministry of Digital Economy",
                        "stakeholderType", "GOVERNMENT",
                        "country", "SN",
                        "actionLines", List.of(actionLine),
                        "sdgs", List.of(4),
                        "shortDescription", "Connects rural schools with community networks.",
                        "startDate", "2024-09-01"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(api.post("/api/entries/" + id + "/submit", owner, null).status())
                .isEqualTo(200);
        return id;
    }

    /** Waits until the queue item has arrived (events take a moment to travel). */
    public static String awaitItem(ApiClient api, String moderator, String itemId) {
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        api.get("/api/moderation/items/" + itemId, moderator).status() == 200);
        return itemId;
    }

    /** A moderator claims the item and decides it, as the queue requires. */
    public static void decide(ApiClient api, String moderator, String itemId, Map<String, String> decision) {
        assertThat(api.post("/api/moderation/items/" + itemId + "/claim", moderator, null)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/moderation/items/" + itemId + "/decision", moderator, decision)
                        .status())
                .isEqualTo(200);
    }

    /** Omar approves the queue item once it has arrived, through the portal. */
    static void approveInTheQueue(LocalStack stack, String item) {
        ApiClient api = new ApiClient(stack.portalUrl());
        String omar = stack.demoToken("omar");
        decide(api, omar, awaitItem(api, omar, item), APPROVAL);
    }

    /** An entry of Amina's under action line C7, submitted and approved through the portal. */
    static String publishedEntryOfAmina(LocalStack stack, String title) {
        ApiClient api = new ApiClient(stack.portalUrl());
        String id = submittedEntry(api, stack.demoToken("amina"), title, "C7");
        approveInTheQueue(stack, "entry:" + id + ":1");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/entries/" + id, null).status() == 200);
        return id;
    }

    /**
     * An edition of the Prizes in its public vote with one nominee, Amina's entry {@code title} (action line
     * C7) in {@code category} (one of C7's, 7 to 14), set up through the portal as the admin, Amina and Omar
     * would; the nominee's id.
     */
    static String editionInItsVote(LocalStack stack, int year, int category, String title) {
        ApiClient api = new ApiClient(stack.portalUrl());
        String admin = stack.demoToken("admin");
        assertThat(api.post("/api/prizes/editions", admin, Map.of("year", year)).status())
                .isEqualTo(201);
        phase(api, admin, year, "SUBMISSION");
        String entry = publishedEntryOfAmina(stack, title);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.post(
                                        "/api/prizes/editions/" + year + "/nominations",
                                        stack.demoToken("amina"),
                                        Map.of("entryId", entry, "category", category))
                                .status()
                        == 201);
        String nomination = api.get("/api/prizes/editions/" + year + "/nominations/mine", stack.demoToken("amina"))
                .body()
                .get(0)
                .path("id")
                .asString();
        approveInTheQueue(stack, "nomination:" + nomination + ":1");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/prizes/editions/" + year + "/nominations/mine", stack.demoToken("amina"))
                        .body()
                        .get(0)
                        .path("status")
                        .asString()
                        .equals("ELIGIBLE"));
        phase(api, admin, year, "EXPERT_REVIEW");
        assertThat(api.post("/api/prizes/editions/" + year + "/nominations/" + nomination + "/shortlist", admin, null)
                        .status())
                .isEqualTo(200);
        phase(api, admin, year, "VOTING");
        return nomination;
    }

    private static void phase(ApiClient api, String admin, int year, String phase) {
        assertThat(api.post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", phase))
                        .status())
                .isEqualTo(200);
    }
}
