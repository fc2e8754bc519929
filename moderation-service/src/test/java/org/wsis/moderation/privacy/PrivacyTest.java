package org.wsis.moderation.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.account.AccountErased.EntriesChoice;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * A person downloads what moderation holds about them (the items about what they wrote, with the
 * decisions and messages addressed to them, and the flags they raised) and erases their account: the
 * items pass to whoever received their entries or to nobody, without their words; their flags keep
 * counting, anonymously; what moderators decided stays.
 */
@PlatformIntegrationTest
class PrivacyTest {

    private static final String EXPORT = "/api/moderation/mine/export";

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String omar = TestUsers.moderator("Omar");
    private final String lena = TestUsers.moderator("Lena");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private record Person(String id, String email, String name, String token) {
        static Person named(String name) {
            String id = "user-" + UUID.randomUUID();
            String email = id + "@example.org";
            return new Person(id, email, name, PlatformInfrastructure.shared().token(id, email, name, "stakeholder"));
        }

        Recipient recipient() {
            return new Recipient(id, email, name, "en");
        }
    }

    /** An entry of {@code owner}, submitted and waiting in the queue; returns the entry id. */
    private String submitted(Person owner, String title) {
        String entryId = UUID.randomUUID().toString();
        topics.publish(new EntrySubmitted(
                UUID.randomUUID(),
                Instant.now(),
                entryId,
                1,
                title,
                "Ministry of ICT",
                List.of(ActionLine.C2),
                owner.recipient()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> item("entry:" + entryId + ":1").status() == 200);
        return entryId;
    }

    /** An entry of {@code owner} that moderators rejected with a message; returns the entry id. */
    private String rejected(Person owner, String title) {
        String entryId = submitted(owner, title);
        String itemId = "entry:" + entryId + ":1";
        assertThat(api().post("/api/moderation/items/" + itemId + "/claim", omar, null)
                        .status())
                .isEqualTo(200);
        assertThat(api().post(
                                "/api/moderation/items/" + itemId + "/decision",
                                omar,
                                Map.of(
                                        "decision",
                                        "REJECTED",
                                        "reasonCode",
                                        "NOT_ICT_FOR_DEVELOPMENT",
                                        "message",
                                        "No ICT component."))
                        .status())
                .isEqualTo(200);
        return entryId;
    }

    /** An entry of {@code owner} submitted and published: flaggable. */
    private String publishedEntry(Person owner, String title) {
        String entryId = submitted(owner, title);
        topics.publish(new EntryPublished(
                UUID.randomUUID(),
                Instant.now(),
                entryId,
                1,
                title,
                "Ministry of ICT",
                List.of(ActionLine.C2),
                owner.recipient()));
        // Its owner may not flag it: refused as their own once it is known as published, recording nothing.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> flag(owner, "own", entryId).status() == 409);
        return entryId;
    }

    private ApiClient.Response flag(Person by, String words, String entryId) {
        return api().post(
                        "/api/moderation/flags",
                        by.token(),
                        Map.of("entryId", entryId, "reason", "OTHER", "text", words));
    }

    private ApiClient.Response item(String itemId) {
        return api().get("/api/moderation/items/" + itemId, lena);
    }

    private static AccountErased erasure(Person person, EntriesChoice choice, Person receiver) {
        return new AccountErased(
                UUID.randomUUID(), Instant.now(), person.id(), choice, receiver == null ? null : receiver.recipient());
    }

    private JsonNode export(Person person) {
        ApiClient.Response export = api().get(EXPORT, person.token());
        assertThat(export.status()).isEqualTo(200);
        return export.body();
    }

    private static boolean isEmpty(JsonNode export) {
        return export.path("items").isEmpty()
                && export.path("flags").isEmpty()
                && export.path("recentFlags").isEmpty();
    }

    @Test
    void theExportHoldsTheItemsAboutWhatTheCallerWroteAndTheFlagsTheyRaisedAndNothingOfAnyoneElses() {
        Person amina = Person.named("Amina Diallo");
        Person kofi = Person.named("Kofi Mensah");
        String aminas = rejected(amina, "Rural broadband");
        assertThat(api().post(
                                "/api/moderation/items/entry:" + aminas + ":1/appeal",
                                amina.token(),
                                Map.of("message", "It connects schools: please look again."))
                        .status())
                .isIn(200, 201);
        String kofis = publishedEntry(kofi, "Telemedicine in Ghana");
        assertThat(flag(amina, "Copied from another project.", kofis).status()).isEqualTo(201);

        JsonNode held = export(amina);

        assertThat(held.path("items").findValuesAsString("id"))
                .containsExactly("entry:" + aminas + ":1", "appeal:" + aminas + ":1");
        JsonNode review = held.path("items").get(0);
        assertThat(review.path("decision").asString()).isEqualTo("REJECTED");
        assertThat(review.path("messageToAuthor").asString()).isEqualTo("No ICT component.");
        assertThat(held.path("items").get(1).path("appealMessage").asString())
                .isEqualTo("It connects schools: please look again.");
        assertThat(held.path("flags")).hasSize(1);
        assertThat(held.path("flags").get(0).path("entryId").asString()).isEqualTo(kofis);
        assertThat(held.path("flags").get(0).path("text").asString()).isEqualTo("Copied from another project.");
        assertThat(held.path("recentFlags")).hasSize(1);
        assertThat(held.toString()).doesNotContain("mod-omar", kofi.id(), "Telemedicine");
        JsonNode his = export(kofi);
        assertThat(his.path("items").findValuesAsString("id")).containsExactly("entry:" + kofis + ":1");
        assertThat(his.path("flags")).isEmpty();
        assertThat(his.toString()).doesNotContain(amina.id(), "Copied from another project.");
    }

    @Test
    void anErasedAuthorsItemsKeepTheModeratorsRecordAndTheirFlagsKeepCountingWithoutThem() {
        Person amina = Person.named("Amina Diallo");
        Person kofi = Person.named("Kofi Mensah");
        String aminas = rejected(amina, "Rural broadband");
        api().post(
                        "/api/moderation/items/entry:" + aminas + ":1/appeal",
                        amina.token(),
                        Map.of("message", "Amina Diallo here: please look again."));
        String kofis = publishedEntry(kofi, "Telemedicine in Ghana");
        assertThat(flag(amina, "Amina thinks this is copied.", kofis).status()).isEqualTo(201);
        JsonNode flagBefore = api().get("/api/moderation/items/entry:" + kofis + ":1/flags", omar)
                .body()
                .get(0);
        assertThat(flagBefore.path("counted").asBoolean()).isTrue();

        topics.publish(erasure(amina, EntriesChoice.WITHDRAW, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> isEmpty(export(amina)));
        JsonNode review = item("entry:" + aminas + ":1").body();
        assertThat(review.path("authorId").asString()).startsWith("erased-");
        assertThat(review.path("decision").asString()).isEqualTo("REJECTED");
        assertThat(review.path("decidedBy").asString()).isEqualTo("mod-omar");
        assertThat(review.path("messageToAuthor").asString()).isEqualTo("No ICT component.");
        JsonNode appeal = item("appeal:" + aminas + ":1").body();
        assertThat(appeal.path("appealMessage").isNull()).isTrue();
        String audit = api().get("/api/moderation/items/entry:" + aminas + ":1/audit", lena)
                .body()
                .toString();
        assertThat(audit).contains("mod-omar", "erased-").doesNotContain(amina.id(), "please look again");
        JsonNode flagAfter = api().get("/api/moderation/items/entry:" + kofis + ":1/flags", omar)
                .body()
                .get(0);
        assertThat(flagAfter.path("accountId").asString()).startsWith("erased-");
        assertThat(flagAfter.path("text").isNull()).isTrue();
        assertThat(flagAfter.path("counted").asBoolean()).isTrue();
        assertThat(flagAfter.path("at")).isEqualTo(flagBefore.path("at"));
        assertThat(flagAfter.toString()).doesNotContain("Amina");

        // Her token, valid a few minutes more, flags nothing; a submission of hers from before the erasure
        // arriving late is queued without her.
        ApiClient.Response again = flag(amina, "Once more.", publishedEntry(kofi, "Solar kiosks"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("urn:wsis:problem:account-erased");
        String late = submitted(amina, "A late submission");
        assertThat(item("entry:" + late + ":1").text("authorId")).startsWith("erased-");
        assertThat(isEmpty(export(amina))).isTrue();
    }

    @Test
    void itemsAboutTransferredEntriesBelongToTheirNewOwnerWhoMayAppeal() {
        Person amina = Person.named("Amina Diallo");
        Person fatou = Person.named("Fatou Sarr");
        String aminas = rejected(amina, "Rural broadband");

        topics.publish(erasure(amina, EntriesChoice.TRANSFER, fatou));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        export(fatou).path("items").findValuesAsString("id").contains("entry:" + aminas + ":1"));
        JsonNode mine = api().get("/api/moderation/my-items", fatou.token()).body();
        assertThat(mine.toString()).contains("No ICT component.");
        assertThat(api().get("/api/moderation/my-items", amina.token()).body()).isEmpty();
        ApiClient.Response appeal = api().post(
                        "/api/moderation/items/entry:" + aminas + ":1/appeal",
                        fatou.token(),
                        Map.of("message", "I run this project now; please look again."));
        assertThat(appeal.status()).isIn(200, 201);
    }

    @Test
    void aSecondDeliveryOfAnErasureAndTheErasureOfSomeoneUnknownChangeNothing() {
        Person amina = Person.named("Amina Diallo");
        Person kofi = Person.named("Kofi Mensah");
        String aminas = rejected(amina, "Rural broadband");
        String kofis = publishedEntry(kofi, "Telemedicine in Ghana");
        flag(amina, "Copied.", kofis);
        AccountErased erased = erasure(amina, EntriesChoice.WITHDRAW, null);
        topics.publish(erased);
        await().atMost(Duration.ofSeconds(30)).until(() -> isEmpty(export(amina)));
        JsonNode itemBefore = item("entry:" + aminas + ":1").body();
        JsonNode flagsBefore = api().get("/api/moderation/items/entry:" + kofis + ":1/flags", omar)
                .body();
        JsonNode kofiBefore = export(kofi);

        topics.publish(erased);
        topics.publish(new AccountErased(UUID.randomUUID(), Instant.now(), amina.id(), EntriesChoice.WITHDRAW, null));
        topics.publish(erasure(Person.named("Nobody"), EntriesChoice.WITHDRAW, null));
        Person marker = Person.named("Marker");
        String markers = submitted(marker, "Marker");
        topics.publish(erasure(marker, EntriesChoice.WITHDRAW, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> item("entry:" + markers + ":1").text("authorId").startsWith("erased-"));

        assertThat(item("entry:" + aminas + ":1").body()).isEqualTo(itemBefore);
        assertThat(api().get("/api/moderation/items/entry:" + kofis + ":1/flags", omar)
                        .body())
                .isEqualTo(flagsBefore);
        assertThat(export(kofi)).isEqualTo(kofiBefore);
    }

    @Test
    void theGoldenSampleIsAnErasureThisServiceApplies() {
        AccountErased golden = (AccountErased) EventJson.read(
                "org.wsis.account.AccountErased",
                GoldenSamples.json(AccountErased.class).getBytes(StandardCharsets.UTF_8));
        Person owner = new Person(
                golden.accountId(),
                "golden@example.org",
                "Golden",
                PlatformInfrastructure.shared()
                        .token(golden.accountId(), "golden@example.org", "Golden", "stakeholder"));
        String entryId = submitted(owner, "Golden sample entry");

        topics.publish(golden);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> item("entry:" + entryId + ":1")
                        .text("authorId")
                        .equals(golden.transferTo().userId()));
    }
}
