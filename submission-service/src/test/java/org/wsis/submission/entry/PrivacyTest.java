package org.wsis.submission.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.Topics;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.account.AccountErased.EntriesChoice;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * A person downloads their entries and erases their account: the entries are withdrawn (and leave the
 * public search) or pass to the person they named, and nothing of theirs is left in them.
 */
@PlatformIntegrationTest
class PrivacyTest {

    private static final String EXPORT = "/api/entries/mine/export";

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    /** Someone of their own: an account id, an address and a token no other test shares. */
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

    private String draft(Person owner, String title) {
        Map<String, Object> draft = Drafts.complete(title);
        draft.put("contactEmail", owner.email());
        ApiClient.Response created = api().post("/api/entries", owner.token(), draft);
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    private String published(Person owner, String title) {
        String id = draft(owner, title);
        api().post("/api/entries/" + id + "/submit", owner.token(), null);
        topics.publish(new ModerationDecided(
                UUID.randomUUID(),
                Instant.now(),
                "entry:" + id + ":1",
                ModerationDecided.SubjectType.ENTRY,
                id,
                1,
                Decision.APPROVED,
                "MEETS_GUIDELINES",
                null,
                "mod-omar",
                ModerationDecided.ItemKind.REVIEW));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/entries/" + id, null).status() == 200);
        return id;
    }

    private long found(String words) {
        return api().get("/api/entries?q=" + words.replace(" ", "+"), null)
                .body()
                .path("total")
                .asLong();
    }

    /** The ids of an export's entries, in its order. */
    private static java.util.List<String> ids(JsonNode entries) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        entries.forEach(e -> ids.add(e.path("current").path("id").asString()));
        return ids;
    }

    private static AccountErased erasure(Person person, EntriesChoice choice, Person receiver) {
        return new AccountErased(
                UUID.randomUUID(),
                Instant.now(),
                person.id(),
                choice,
                choice == EntriesChoice.TRANSFER ? receiver.recipient() : null);
    }

    @Test
    void theExportHoldsEveryEntryOfTheCallerAndNobodyElses() {
        Person amina = Person.named("Amina Diallo");
        Person kofi = Person.named("Kofi Mensah");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String publishedId = published(amina, "Rural broadband " + tag);
        api().put(
                        "/api/entries/" + publishedId,
                        amina.token(),
                        Drafts.complete("Rural broadband, phase two " + tag),
                        null);
        String draftId = draft(amina, "Coding clubs " + tag);
        String kofisId = draft(kofi, "Telemedicine " + tag);

        ApiClient.Response export = api().get(EXPORT, amina.token());

        assertThat(export.status()).isEqualTo(200);
        JsonNode entries = export.body().path("entries");
        assertThat(ids(entries)).containsOnly(publishedId, draftId);
        JsonNode revised = entries.get(0);
        assertThat(revised.path("current").path("title").asString()).isEqualTo("Rural broadband, phase two " + tag);
        assertThat(revised.path("current").path("status").asString()).isEqualTo("DRAFT");
        assertThat(revised.path("published").path("title").asString()).isEqualTo("Rural broadband " + tag);
        assertThat(revised.path("published").path("contactEmail").asString()).isEqualTo(amina.email());
        assertThat(entries.get(1).path("published").isNull()).isTrue();
        assertThat(export.body().toString()).doesNotContain(kofisId, "Telemedicine", kofi.email());
        assertThat(ids(api().get(EXPORT, kofi.token()).body().path("entries"))).containsExactly(kofisId);
        assertThat(api().get(EXPORT, null).status()).isEqualTo(401);
    }

    @Test
    void anErasureWithdrawsEveryEntryTakesThePublishedOnesOutOfSearchAndLeavesNothingOfTheOwner() {
        Person amina = Person.named("Amina Diallo");
        Person kofi = Person.named("Kofi Mensah");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String publishedId = published(amina, "Rural broadband " + tag);
        String draftId = draft(amina, "Coding clubs " + tag);
        String kofisId = published(kofi, "Telemedicine " + tag);
        await().atMost(Duration.ofSeconds(30)).until(() -> found("broadband " + tag) == 1);

        topics.publish(erasure(amina, EntriesChoice.WITHDRAW, null));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api().get(EXPORT, amina.token()).body().path("entries").isEmpty());
        assertThat(api().get("/api/entries/" + publishedId, null).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(30)).until(() -> found("broadband " + tag) == 0);
        assertThat(found("telemedicine " + tag)).isEqualTo(1);
        for (String id : new String[] {publishedId, draftId}) {
            EntryWithdrawn withdrawn = (EntryWithdrawn) await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> topics.firstOfType(Topics.ENTRY, "org.wsis.entry.EntryWithdrawn", id),
                            r -> r.isPresent())
                    .orElseThrow()
                    .event();
            assertThat(withdrawn.owner().userId()).isEqualTo(amina.id());
        }
        // Her token, valid for a few minutes more, reaches nothing and creates nothing.
        assertThat(api().get("/api/entries/" + draftId, amina.token()).status()).isEqualTo(404);
        ApiClient.Response again = api().post("/api/entries", amina.token(), Drafts.complete("After " + tag));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("urn:wsis:problem:account-erased");
        assertThat(ids(api().get(EXPORT, kofi.token()).body().path("entries"))).containsExactly(kofisId);
    }

    @Test
    void transferredEntriesBelongToTheReceiverAsTheyStood() {
        Person amina = Person.named("Amina Diallo");
        Person fatou = Person.named("Fatou Sarr");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String publishedId = published(amina, "Rural broadband " + tag);
        String draftId = draft(amina, "Coding clubs " + tag);

        topics.publish(erasure(amina, EntriesChoice.TRANSFER, fatou));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api().get(EXPORT, fatou.token()).body().path("entries").size() == 2);
        JsonNode received = api().get(EXPORT, fatou.token()).body().path("entries");
        assertThat(ids(received)).containsExactly(publishedId, draftId);
        assertThat(received.get(0).path("current").path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(received.get(0).path("current").path("contactEmail").isNull())
                .isTrue();
        assertThat(received.get(1).path("current").path("status").asString()).isEqualTo("DRAFT");
        assertThat(received.toString()).doesNotContain(amina.email());
        assertThat(api().get(EXPORT, amina.token()).body().path("entries")).isEmpty();
        assertThat(found("broadband " + tag)).isEqualTo(1);
        ApiClient.Response edited = api().put(
                        "/api/entries/" + draftId,
                        fatou.token(),
                        Drafts.complete("Coding clubs for girls " + tag),
                        null);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(api().put("/api/entries/" + draftId, amina.token(), Drafts.complete("Mine " + tag), null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aSecondDeliveryOfAnErasureAndTheErasureOfSomeoneUnknownChangeNothing() {
        Person amina = Person.named("Amina Diallo");
        Person fatou = Person.named("Fatou Sarr");
        Person kofi = Person.named("Kofi Mensah");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String aminas = published(amina, "Rural broadband " + tag);
        published(kofi, "Telemedicine " + tag);
        AccountErased erased = erasure(amina, EntriesChoice.TRANSFER, fatou);
        topics.publish(erased);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api().get(EXPORT, fatou.token()).body().path("entries").size() == 1);
        JsonNode fatousBefore = api().get(EXPORT, fatou.token()).body();
        JsonNode kofisBefore = api().get(EXPORT, kofi.token()).body();

        // The same event again, the same erasure under a new id (which the log of processed events
        // cannot recognise), then the erasure of an account nobody knows, and last a marker whose
        // effect shows that everything before it was handled.
        topics.publish(erased);
        topics.publish(new AccountErased(UUID.randomUUID(), Instant.now(), amina.id(), EntriesChoice.WITHDRAW, null));
        topics.publish(erasure(Person.named("Nobody"), EntriesChoice.WITHDRAW, null));
        Person marker = Person.named("Marker");
        String markerId = draft(marker, "Marker " + tag);
        topics.publish(erasure(marker, EntriesChoice.WITHDRAW, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> topics.firstOfType(Topics.ENTRY, "org.wsis.entry.EntryWithdrawn", markerId)
                        .isPresent());

        assertThat(api().get(EXPORT, fatou.token()).body()).isEqualTo(fatousBefore);
        assertThat(api().get(EXPORT, kofi.token()).body()).isEqualTo(kofisBefore);
        assertThat(topics.firstOfType(Topics.ENTRY, "org.wsis.entry.EntryWithdrawn", aminas))
                .isEmpty();
    }

    @Test
    void theGoldenSampleTransfersTheEntriesOfItsAccount() {
        AccountErased golden = (AccountErased) EventJson.read(
                "org.wsis.account.AccountErased",
                GoldenSamples.json(AccountErased.class).getBytes(StandardCharsets.UTF_8));
        Person owner = new Person(
                golden.accountId(),
                "golden@example.org",
                "Golden",
                PlatformInfrastructure.shared()
                        .token(golden.accountId(), "golden@example.org", "Golden", "stakeholder"));
        Recipient receiver = golden.transferTo();
        String token = PlatformInfrastructure.shared()
                .token(receiver.userId(), receiver.email(), receiver.displayName(), "stakeholder");
        String id = draft(owner, "Golden sample entry");

        topics.publish(golden);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get(EXPORT, token)
                        .body()
                        .path("entries")
                        .findValuesAsString("id")
                        .contains(id));
    }
}
