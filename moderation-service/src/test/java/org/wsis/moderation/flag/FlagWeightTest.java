package org.wsis.moderation.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.Topics;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.moderation.EntryHiddenPendingReview;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import org.wsis.testkit.infra.TokenIssuer;
import tools.jackson.databind.JsonNode;

/** Which flags count towards hiding an entry, and who sees who flagged. Default flag settings. */
@PlatformIntegrationTest
@TestPropertySource(properties = "wsis.moderation.lease-sweep-interval=PT1S")
class FlagWeightTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String omar = TestUsers.moderator("Omar");
    private final String lena = TestUsers.moderator("Lena");
    private final Recipient amina = new Recipient("user-amina", "user-amina@example.org", "Amina", "fr");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static String tokenWith(String name, Map<String, Object> claims) {
        String id = TestUsers.voterId(name);
        return PlatformInfrastructure.shared()
                .tokenIssuer()
                .mint(id, id + "@example.org", name, "en", List.of(), Duration.ofMinutes(30), claims);
    }

    /** Publishes an entry by {@code author} and waits until it may be flagged (its author is refused). */
    private String published(Recipient author, String authorToken) {
        String entryId = UUID.randomUUID().toString();
        topics.publish(new EntryPublished(
                UUID.randomUUID(),
                Instant.now(),
                entryId,
                1,
                "Telecentres for rural women",
                "Ministry of ICT",
                List.of(ActionLine.C2),
                author));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "urn:wsis:problem:own-entry"
                        .equals(api().post(
                                        "/api/moderation/flags",
                                        authorToken,
                                        Map.of("entryId", entryId, "reason", "SPAM"))
                                .text("type")));
        return entryId;
    }

    private int flag(String token, String entryId) {
        return api().post("/api/moderation/flags", token, Map.of("entryId", entryId, "reason", "SPAM"))
                .status();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void flagsFromNewUnverifiedOrAgelessAccountsAreRecordedButOnlyEstablishedAccountsHideTheEntry() {
        String entryId = published(amina, TestUsers.stakeholder("Amina"));
        String item = "/api/moderation/items/flagged:" + entryId + ":1";

        assertThat(flag(
                        TestUsers.voter(
                                "Yusuf", "yusuf@example.org", Instant.now().minus(Duration.ofDays(2))),
                        entryId))
                .isEqualTo(201);
        assertThat(flag(tokenWith("Ursula", Map.of("email_verified", false)), entryId))
                .isEqualTo(201);
        assertThat(flag(tokenWith("Anouk", Map.of("created_timestamp", TokenIssuer.ABSENT)), entryId))
                .isEqualTo(201);
        assertThat(api().get(item, omar).status())
                .as("three flags from accounts that do not count")
                .isEqualTo(404);
        assertThat(flag(TestUsers.voter("Esther"), entryId)).isEqualTo(201);
        assertThat(flag(TestUsers.voter("Elias"), entryId)).isEqualTo(201);
        assertThat(api().get(item, omar).status())
                .as("five flags, two of which count")
                .isEqualTo(404);

        assertThat(flag(TestUsers.voter("Emeka"), entryId)).isEqualTo(201);

        ApiClient.Response flagged = api().get(item, omar);
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(flagged.body().path("flagCount").asInt()).isEqualTo(3);
        EntryHiddenPendingReview hidden = (EntryHiddenPendingReview) await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(
                                Topics.MODERATION, "org.wsis.moderation.EntryHiddenPendingReview", entryId),
                        r -> r.isPresent())
                .orElseThrow()
                .event();
        assertThat(hidden.flagCount()).isEqualTo(3);

        // Moderators see every flag, who raised it and whether it counted.
        assertThat(list(api().get(item + "/flags", lena).body()))
                .extracting(f -> String.join(
                        " ",
                        f.path("accountId").asString(),
                        f.path("displayName").asString(),
                        f.path("reason").asString(),
                        String.valueOf(f.path("counted").asBoolean()),
                        f.path("notCountedBecause").asString("-")))
                .containsExactly(
                        "voter-yusuf Yusuf SPAM false ACCOUNT_TOO_NEW",
                        "voter-ursula Ursula SPAM false ADDRESS_NOT_VERIFIED",
                        "voter-anouk Anouk SPAM false ACCOUNT_AGE_UNKNOWN",
                        "voter-esther Esther SPAM true -",
                        "voter-elias Elias SPAM true -",
                        "voter-emeka Emeka SPAM true -");
        assertThat(list(api().get(item + "/flags", lena).body()))
                .allSatisfy(f -> assertThat(f.path("at").asString()).isNotBlank());

        // The author does not.
        String aminasToken = TestUsers.stakeholder("Amina");
        assertThat(api().get(item + "/flags", aminasToken).status()).isEqualTo(403);
        ApiClient.Response mine = api().get("/api/moderation/my-items", aminasToken);
        assertThat(list(mine.body())).extracting(i -> i.path("id").asString()).contains("flagged:" + entryId + ":1");
        assertThat(mine.body().toString()).doesNotContain("voter-", "Yusuf", "Esther", "Emeka");

        assertThat(api().getText("/actuator/prometheus", null).body())
                .containsPattern("wsis_moderation_flags_total\\{[^}]*outcome=\"ACCOUNT_TOO_NEW\"")
                .containsPattern("wsis_moderation_flags_total\\{[^}]*outcome=\"COUNTS\"");
    }

    @Test
    void aModeratorWhoseEntryIsFlaggedDoesNotSeeWhoFlaggedItAnotherModeratorDoes() {
        Recipient omarAsAuthor = new Recipient("mod-omar", "mod-omar@example.org", "Omar", "en");
        String entryId = published(omarAsAuthor, omar);
        topics.publish(new EntrySubmitted(
                UUID.randomUUID(),
                Instant.now(),
                entryId,
                1,
                "Telecentres for rural women",
                "Ministry of ICT",
                List.of(ActionLine.C2),
                omarAsAuthor));
        String item = "/api/moderation/items/entry:" + entryId + ":1";
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get(item, lena).status() == 200);
        assertThat(flag(TestUsers.voter("Olga"), entryId)).isEqualTo(201);

        assertThat(list(api().get(item + "/flags", lena).body()))
                .extracting(f -> f.path("accountId").asString() + " "
                        + f.path("displayName").asString())
                .containsExactly("voter-olga Olga");
        ApiClient.Response refused = api().get(item + "/flags", omar);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:own-item");
        assertThat(refused.body().toString()).doesNotContain("voter-olga", "Olga");
    }
}
