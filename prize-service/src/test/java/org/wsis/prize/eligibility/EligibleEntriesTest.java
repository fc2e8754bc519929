package org.wsis.prize.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;

@PlatformIntegrationTest
class EligibleEntriesTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    MeterRegistry meters;

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    /** Publications this service's consumers counted with the given outcome, since it started. */
    private double publications(String outcome) {
        return meters
                .find("wsis.events.consumed")
                .tag("type", "org.wsis.entry.EntryPublished")
                .tag("outcome", outcome)
                .counters()
                .stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private static EntryPublished aPublication(String entryId) {
        EntryPublished golden = (EntryPublished) EventJson.read(
                "org.wsis.entry.EntryPublished",
                GoldenSamples.json(EntryPublished.class).getBytes(StandardCharsets.UTF_8));
        return new EntryPublished(
                UUID.randomUUID(),
                golden.occurredAt(),
                entryId,
                golden.revision(),
                golden.title(),
                golden.organisation(),
                golden.actionLines(),
                golden.owner());
    }

    private long listed(String entryId) {
        var body = ApiClient.onPort(port)
                .get("/api/prizes/eligible-entries?size=100", TestUsers.stakeholder("Amina"))
                .body();
        return StreamSupport.stream(body.spliterator(), false)
                .filter(e -> e.path("entryId").asString().equals(entryId))
                .count();
    }

    @Test
    void aPublishedEntryBecomesEligibleOnceAndLeavesWhenWithdrawn() {
        String id = UUID.randomUUID().toString();
        EntryPublished published = aPublication(id);

        double processedBefore = publications("processed");
        double duplicatesBefore = publications("duplicate");
        topics.publish(published);
        topics.publish(published);

        // The second delivery is recognised by its ce_id and changes nothing: applied once, one duplicate.
        await().atMost(Duration.ofSeconds(30)).until(() -> publications("duplicate") - duplicatesBefore >= 1);
        assertThat(publications("duplicate") - duplicatesBefore).isEqualTo(1);
        assertThat(publications("processed") - processedBefore).isEqualTo(1);
        assertThat(listed(id)).isEqualTo(1);

        topics.publish(new EntryWithdrawn(
                UUID.randomUUID(),
                published.occurredAt(),
                id,
                published.revision(),
                published.title(),
                published.owner()));

        await().atMost(Duration.ofSeconds(30)).until(() -> listed(id) == 0);
    }

    @Test
    void exposesHealthAndPrometheusMetricsWithoutAToken() {
        ApiClient api = ApiClient.onPort(port);
        ApiClient.Response health = api.get("/actuator/health", null);
        assertThat(health.text("status")).as(health.body().toString()).isEqualTo("UP");
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
        assertThat(api.get("/api/prizes/eligible-entries", null).status()).isEqualTo(401);
    }
}
