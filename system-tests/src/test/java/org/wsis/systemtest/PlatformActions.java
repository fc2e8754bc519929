package org.wsis.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;

/** What the tests do through the public API to set the scene, as the people of the demo accounts. */
final class PlatformActions {

    private PlatformActions() {}

    /** Omar claims the queue item once it has arrived and approves it, through the API. */
    static void approveInTheQueue(LocalStack stack, String item) {
        ApiClient api = new ApiClient(stack.portalUrl());
        String omar = stack.demoToken("omar");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/moderation/items/" + item, omar).status() == 200);
        assertThat(api.post("/api/moderation/items/" + item + "/claim", omar, null)
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/moderation/items/" + item + "/decision",
                                omar,
                                Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"))
                        .status())
                .isEqualTo(200);
    }

    /** An entry of Amina's, submitted and approved through the API. */
    static String publishedEntryOfAmina(LocalStack stack, String title) {
        ApiClient api = new ApiClient(stack.portalUrl());
        String amina = stack.demoToken("amina");
        ApiClient.Response created = api.post(
                "/api/entries",
                amina,
                Map.of(
                        "title", title,
                        "organisation", "Ministry of Health",
                        "stakeholderType", "GOVERNMENT",
                        "country", "SN",
                        "actionLines", List.of("C7"),
                        "sdgs", List.of(3),
                        "shortDescription", "Health workers keep village records on their phones.",
                        "startDate", "2024-05-01"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(api.post("/api/entries/" + id + "/submit", amina, null).status())
                .isEqualTo(200);
        approveInTheQueue(stack, "entry:" + id + ":1");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/entries/" + id, null).status() == 200);
        return id;
    }
}
