package org.wsis.moderation.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.Topics;
import org.wsis.contracts.community.DocumentSubmitted;
import org.wsis.contracts.community.DocumentWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;

/**
 * The repository's documents in the moderation queue, from the community stream on the real broker: each
 * submitted revision is an item its uploader cannot decide; the decision travels as a ModerationDecided on a
 * DOCUMENT; a withdrawn document's item closes.
 */
@PlatformIntegrationTest
class DocumentQueueTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String omar = TestUsers.moderator("Omar");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static DocumentSubmitted submitted(String documentId, int revision, String uploaderId) {
        return new DocumentSubmitted(
                UUID.randomUUID(),
                Instant.now(),
                documentId,
                revision,
                "Community networks in the Andes",
                "CASE_STUDY",
                "application/pdf",
                482_133,
                uploaderId);
    }

    private String awaitItem(String itemId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/moderation/items/" + itemId, omar).status() == 200);
        return "/api/moderation/items/" + itemId;
    }

    @Test
    void aSubmittedDocumentIsAnItemDecidedByAModeratorNotByItsUploader() {
        String documentId = UUID.randomUUID().toString();
        topics.publish(submitted(documentId, 1, "mod-ada"));
        String item = awaitItem("document:" + documentId + ":1");
        ApiClient.Response read = api().get(item, omar);
        assertThat(read.text("subjectType")).isEqualTo("DOCUMENT");
        assertThat(read.text("title")).isEqualTo("Document: Community networks in the Andes");

        String ada = TestUsers.moderator("Ada");
        assertThat(api().post(item + "/claim", ada, null).status())
                .as("its uploader, a moderator too")
                .isIn(403, 409);
        assertThat(api().post(item + "/claim", omar, null).status()).isEqualTo(200);
        ApiClient.Response decided =
                api().post(item + "/decision", omar, Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        ModerationDecided decision = (ModerationDecided) await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(
                                Topics.MODERATION, "org.wsis.moderation.ModerationDecided", documentId),
                        r -> r.isPresent())
                .orElseThrow()
                .event();
        assertThat(decision.subjectType()).isEqualTo(ModerationDecided.SubjectType.DOCUMENT);
        assertThat(decision.subjectRevision()).isEqualTo(1);
        assertThat(decision.decision()).isEqualTo(ModerationDecided.Decision.APPROVED);
    }

    @Test
    void aWithdrawnDocumentLeavesTheQueue() {
        String documentId = UUID.randomUUID().toString();
        topics.publish(submitted(documentId, 1, "user-ada"));
        String item = awaitItem("document:" + documentId + ":1");
        topics.publish(new DocumentWithdrawn(UUID.randomUUID(), Instant.now(), documentId));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !"PENDING".equals(api().get(item, omar).text("state")));
        assertThat(api().post(item + "/claim", omar, null).status()).isEqualTo(409);
    }
}
