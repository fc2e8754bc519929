package org.wsis.moderation.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;

/** With a two-second lease: a claim nobody finishes returns to the queue by itself. */
@PlatformIntegrationTest
@TestPropertySource(properties = {"wsis.moderation.lease=PT2S", "wsis.moderation.lease-sweep-interval=PT0.5S"})
class LeaseExpiryTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void anExpiredLeaseReturnsTheItemToPendingAndIsAudited() {
        ApiClient api = ApiClient.onPort(port);
        String omar = TestUsers.moderator("Omar");
        String entryId = UUID.randomUUID().toString();
        TopicProbe.onSharedBroker()
                .publish(new EntrySubmitted(
                        UUID.randomUUID(),
                        Instant.now(),
                        entryId,
                        1,
                        "Open data portal",
                        "City of Accra",
                        List.of(ActionLine.C3),
                        new Recipient("user-kofi", "kofi@example.org", "Kofi", "en")));
        String itemId = "entry:" + entryId + ":1";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/moderation/items/" + itemId, omar).status() == 200);

        assertThat(api.post("/api/moderation/items/" + itemId + "/claim", omar, null)
                        .text("state"))
                .isEqualTo("CLAIMED");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                api.get("/api/moderation/items/" + itemId, omar).text("state"))
                        .isEqualTo("PENDING"));
        assertThat(StreamSupport.stream(
                                api.get("/api/moderation/items/" + itemId + "/audit", omar)
                                        .body()
                                        .spliterator(),
                                false)
                        .map(a ->
                                a.path("action").asString() + " " + a.path("by").asString()))
                .containsExactly("QUEUED system", "CLAIMED mod-omar", "LEASE_EXPIRED system");
        assertThat(api.post(
                                "/api/moderation/items/" + itemId + "/decision",
                                omar,
                                java.util.Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"))
                        .text("type"))
                .as("the lease holder lost the right to decide")
                .isEqualTo("urn:wsis:problem:not-claimed");
        assertThat(api.getText("/actuator/prometheus", null).body()).contains("wsis_moderation_leases_expired_total");
    }
}
