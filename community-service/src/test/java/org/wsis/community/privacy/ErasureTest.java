package org.wsis.community.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.account.AccountErased;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** A person's forum data: their export, and what stays of them once they erase their account. */
@PlatformIntegrationTest
class ErasureTest {

    private static final String FORUM = "/api/community/forum";

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    @Test
    void anErasedPersonsPostsStayInTheConversationWithoutTheirNameAndTheyWriteNoMore() {
        String rosa = TestUsers.stakeholder("Rosa");
        String tom = TestUsers.stakeholder("Tom");
        ApiClient.Response started = api().post(
                        FORUM + "/threads",
                        rosa,
                        Map.of(
                                "categoryId",
                                "c5",
                                "title",
                                "Cyber hygiene for small towns",
                                "body",
                                "Where to start?"));
        assertThat(started.status()).isEqualTo(201);
        String thread = started.body().path("thread").path("id").asString();
        assertThat(api().post(FORUM + "/threads/" + thread + "/posts", tom, Map.of("body", "With passwords."))
                        .status())
                .isEqualTo(201);

        JsonNode export = api().get("/api/community/mine/export", rosa).body();
        assertThat(export.path("threads").findValuesAsString("title")).containsExactly("Cyber hygiene for small towns");
        assertThat(export.path("posts").findValuesAsString("markdown")).containsExactly("Where to start?");
        assertThat(export.path("following").findValuesAsString("threadId")).containsExactly(thread);

        AccountErased erased = new AccountErased(
                UUID.randomUUID(), Instant.now(), "user-rosa", AccountErased.EntriesChoice.WITHDRAW, null);
        topics.publish(erased);
        topics.publish(erased);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get(FORUM + "/threads/" + thread, null)
                        .body()
                        .path("posts")
                        .get(0)
                        .path("author")
                        .isNull());
        JsonNode page = api().get(FORUM + "/threads/" + thread, null).body();
        assertThat(page.path("thread").path("startedBy").isNull()).isTrue();
        assertThat(page.path("posts").get(0).path("html").asString()).contains("Where to start?");
        assertThat(page.path("posts").get(1).path("author").asString()).isEqualTo("Tom");
        assertThat(page.toString()).doesNotContain("Rosa", "user-rosa@example.org");

        JsonNode after = api().get("/api/community/mine/export", rosa).body();
        assertThat(after.path("threads").size()).isZero();
        assertThat(after.path("posts").size()).isZero();
        assertThat(after.path("following").size()).isZero();
        ApiClient.Response refused =
                api().post(FORUM + "/threads/" + thread + "/posts", rosa, Map.of("body", "Still me."));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:account-erased");
    }

    @Test
    void anErasedUploadersDocumentsStayWithoutTheirNameAndAnErasedEditorsNewsWithoutTheirAccount() throws Exception {
        String lina = TestUsers.stakeholder("Lina");
        ApiClient.Response described = api().post(
                        "/api/community/documents",
                        lina,
                        Map.of(
                                "title", "Broadband for market towns",
                                "description", "What the towns learnt in two years.",
                                "kind", "REPORT"));
        String document = described.text("id");
        assertThat(api().putBytes(
                                "/api/community/documents/" + document + "/file?name=towns.pdf",
                                lina,
                                org.wsis.community.repository.TestPdfs.withText("Market towns."),
                                "application/pdf")
                        .status())
                .isEqualTo(200);
        assertThat(api().post("/api/community/documents/" + document + "/submit", lina, null)
                        .status())
                .isEqualTo(200);
        String nina = TestUsers.editor("Nina");
        String news = api().post(
                        "/api/community/news",
                        nina,
                        Map.of(
                                "en",
                                Map.of(
                                        "title", "Market towns online",
                                        "summary", "A report from two years of work.",
                                        "body", "Read it.")))
                .text("id");
        assertThat(api().get("/api/community/mine/export", lina)
                        .body()
                        .path("documents")
                        .findValuesAsString("title"))
                .containsExactly("Broadband for market towns");
        assertThat(api().get("/api/community/mine/export", nina)
                        .body()
                        .path("news")
                        .findValuesAsString("title"))
                .containsExactly("Market towns online");

        topics.publish(new AccountErased(
                UUID.randomUUID(), Instant.now(), "user-lina", AccountErased.EntriesChoice.WITHDRAW, null));
        topics.publish(new AccountErased(
                UUID.randomUUID(), Instant.now(), "ed-nina", AccountErased.EntriesChoice.WITHDRAW, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/community/mine/export", lina)
                                .body()
                                .path("documents")
                                .isEmpty()
                        && api().get("/api/community/mine/export", nina)
                                .body()
                                .path("news")
                                .isEmpty());
        String moderator = TestUsers.moderator("Omar");
        JsonNode kept =
                api().get("/api/community/documents/" + document, moderator).body();
        assertThat(kept.path("title").asString()).isEqualTo("Broadband for market towns");
        assertThat(kept.path("uploadedBy").asString()).isEmpty();
        assertThat(kept.path("uploaderAccount").asString())
                .isNotEqualTo("user-lina")
                .isNotBlank();
        assertThat(api().get("/api/community/news/" + news, TestUsers.editor("Nora"))
                        .text("title"))
                .isEqualTo("Market towns online");
    }
}
