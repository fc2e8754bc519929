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
            Map.of("stakeholder", "victor", "moderator", "omar", "expert", "elena", "admin", "admin");

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
}
