package org.wsis.convening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.TopicProbe;

/** Convenors and issues taken through moderation over the real stream, as a moderator would. */
public final class Published {

    private final ApiClient api;
    private final TopicProbe topics = TopicProbe.onSharedBroker();

    public Published(ApiClient api) {
        this.api = api;
    }

    /** A new profile, submitted and approved, public once this returns. */
    public String convenor(String manager, Map<String, Object> profile) {
        ApiClient.Response created = api.post("/api/convening/convenors", manager, profile);
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        approve(id, SubjectType.CONVENOR, api.post("/api/convening/convenors/" + id + "/submit", manager, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/convening/convenors/" + id, null).status() == 200);
        return id;
    }

    /** A new issue of a convenor, submitted and approved (public when its convenor is). */
    public String issue(String manager, String convenorId, Map<String, Object> form) {
        ApiClient.Response created = api.post("/api/convening/convenors/" + convenorId + "/issues", manager, form);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");
        approve(id, SubjectType.CONVENOR_ISSUE, api.post("/api/convening/issues/" + id + "/submit", manager, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/convening/issues/" + id, manager)
                        .text("status")
                        .equals("PUBLISHED"));
        return id;
    }

    private void approve(String id, SubjectType type, ApiClient.Response submitted) {
        assertThat(submitted.status()).isEqualTo(200);
        topics.publish(
                Forms.decision(id, type, submitted.body().path("revision").asInt(), Decision.APPROVED));
    }
}
