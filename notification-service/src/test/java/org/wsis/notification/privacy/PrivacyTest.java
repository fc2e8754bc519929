package org.wsis.notification.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.wsis.notification.Mailbox.subject;
import static org.wsis.notification.TestEvents.newId;
import static org.wsis.notification.TestEvents.someone;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.CloudEventHeaders;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.Topics;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.notification.NotificationIntegrationTest;
import org.wsis.notification.TestEvents;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.delivery.domain.LoggedDelivery;
import org.wsis.notification.delivery.mongo.DeliveryStore;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * A person downloads what the service holds about them, and erases their account: the request is
 * checked field by field, recorded and announced on {@code wsis.account.v1}; then the service forgets
 * them (address, name, preferences, digests), keeps its delivery log anonymously, and never mails them
 * again, whatever arrives about them later.
 */
class PrivacyTest extends NotificationIntegrationTest {

    private static final String EXPORT = "/api/notifications/mine/export";
    private static final String ERASURE = "/api/notifications/mine/erasure";

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    @LocalServerPort
    int port;

    @Autowired
    Deliveries deliveries;

    @Autowired
    MongoOperations mongo;

    @Autowired
    MeterRegistry meters;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
    }

    @AfterEach
    void serverBack() {
        if (!smtpRunning()) {
            restartSmtp();
        }
    }

    private static String tokenOf(Recipient person) {
        return PlatformInfrastructure.shared()
                .token(person.userId(), person.email(), person.displayName(), "stakeholder");
    }

    private static String admin() {
        return PlatformInfrastructure.shared().token("admin-ines", "ines@example.org", "Ines Admin", "admin");
    }

    /** The person signs in: the portal reads their preferences, which introduces them to the service. */
    private void signIn(Recipient person) {
        assertThat(api.get("/api/notifications/preferences", tokenOf(person)).status())
                .isEqualTo(200);
    }

    private static String deliveryOf(EntryPublished event) {
        return event.eventId() + ":" + event.owner().userId() + ":ENTRY_STATUS";
    }

    private LoggedDelivery awaitDelivery(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            return deliveries
                    .logged(id)
                    .filter(d -> d.status().name().equals(status))
                    .isPresent();
        });
        return deliveries.logged(id).orElseThrow();
    }

    private JsonNode log(String query) {
        ApiClient.Response page = api.get("/api/notifications/deliveries?" + query, admin());
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private ApiClient.Response erase(Recipient person, Map<String, Object> request) {
        return api.post(ERASURE, tokenOf(person), request);
    }

    private static Map<String, Object> withdraw(Recipient person) {
        return Map.of("entries", "WITHDRAW", "confirmation", person.email());
    }

    /**
     * Publishes a marker for another person and waits for its mail: what came before it has been handled,
     * since the test broker's topics have a single partition, consumed in order.
     */
    private void drain() {
        Recipient marker = someone("Marker", null);
        topics.publish(TestEvents.published(marker, newId(), "Marker"));
        mail.awaitOne(marker.email());
    }

    private double erasuresHandled(String outcome) {
        var counter = meters.find("wsis.events.consumed")
                .tags("consumer", "notification-erasure", "type", "org.wsis.account.AccountErased", "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void theExportHoldsTheCallersPreferencesMailAndDigestsAndNothingOfAnyoneElses() {
        Recipient amina = someone("Amina Diallo", "fr");
        Recipient kofi = someone("Kofi Mensah", "en");
        signIn(amina);
        signIn(kofi);
        assertThat(api.put(
                                "/api/notifications/preferences",
                                tokenOf(amina),
                                Map.of("frequencies", Map.of("NOMINATIONS", "DAILY")),
                                null)
                        .status())
                .isEqualTo(200);
        EntryPublished aminas = TestEvents.published(amina, newId(), "Rural broadband");
        EntryPublished kofis = TestEvents.published(kofi, newId(), "Telemedicine in Ghana");
        topics.publish(aminas);
        topics.publish(kofis);
        topics.publish(TestEvents.screened(amina, "2027:" + newId(), 2027, "Rural broadband", true, null));
        awaitDelivery(deliveryOf(aminas), "SENT");
        awaitDelivery(deliveryOf(kofis), "SENT");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(EXPORT, tokenOf(amina))
                                .body()
                                .path("digestItems")
                                .size()
                        == 1);

        ApiClient.Response export = api.get(EXPORT, tokenOf(amina));

        assertThat(export.status()).isEqualTo(200);
        JsonNode held = export.body();
        assertThat(held.path("person").path("email").asString()).isEqualTo(amina.email());
        assertThat(held.path("person").path("locale").asString()).isEqualTo("fr");
        assertThat(held.path("preferences")
                        .path("frequencies")
                        .path("NOMINATIONS")
                        .asString())
                .isEqualTo("DAILY");
        assertThat(held.path("mail")).hasSize(1);
        assertThat(held.path("mail").get(0).path("status").asString()).isEqualTo("SENT");
        assertThat(held.path("mail").get(0).path("subject").asString()).contains("Rural broadband");
        assertThat(held.path("mail").get(0).path("sentAt").asString()).isNotBlank();
        assertThat(held.path("digestItems").get(0).path("about").asString()).isEqualTo("Rural broadband");
        assertThat(held.path("erasure").isNull()).isTrue();
        assertThat(held.toString()).doesNotContain(kofi.userId(), kofi.email(), "Telemedicine");
        JsonNode his = api.get(EXPORT, tokenOf(kofi)).body();
        assertThat(his.path("mail")).hasSize(1);
        assertThat(his.toString()).doesNotContain(amina.userId(), amina.email(), "Rural broadband");
    }

    @Test
    void aRequestToEraseIsRefusedFieldByFieldAndChangesNothing() {
        Recipient amina = someone("Amina Diallo", "en");
        Recipient unverified = someone("Nadia Unverified", "en");
        signIn(amina);
        assertThat(api.get(
                                "/api/notifications/preferences",
                                PlatformInfrastructure.shared()
                                        .tokenIssuer()
                                        .mint(
                                                unverified.userId(),
                                                unverified.email(),
                                                unverified.displayName(),
                                                "en",
                                                List.of("stakeholder"),
                                                Duration.ofMinutes(5),
                                                Map.of("email_verified", false)))
                        .status())
                .isEqualTo(200);

        ApiClient.Response wrong = erase(
                amina, Map.of("entries", "TRANSFER", "transferTo", "nobody@example.org", "confirmation", "yes please"));
        ApiClient.Response toUnverified = erase(
                amina, Map.of("entries", "TRANSFER", "transferTo", unverified.email(), "confirmation", amina.email()));
        ApiClient.Response nothing = erase(amina, Map.of());

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("type")).isEqualTo("urn:wsis:problem:validation");
        assertThat(wrong.body().path("errors").findValuesAsString("field"))
                .containsExactly("confirmation", "transferTo");
        assertThat(toUnverified.status()).isEqualTo(400);
        assertThat(toUnverified.body().path("errors").findValuesAsString("field"))
                .containsExactly("transferTo");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.body().path("errors").findValuesAsString("field"))
                .containsExactly("confirmation", "entries");
        assertThat(api.get(ERASURE, tokenOf(amina)).status()).isEqualTo(404);
        assertThat(api.get(EXPORT, tokenOf(amina))
                        .body()
                        .path("person")
                        .path("email")
                        .asString())
                .isEqualTo(amina.email());
        assertThat(topics.readAll(Topics.ACCOUNT).stream().map(TopicProbe.Received::key))
                .doesNotContain(amina.userId());
    }

    @Test
    void anErasedPersonIsForgottenTheirMailLogIsKeptAnonymouslyAndNothingReachesThemAgain() {
        Recipient amina = someone("Amina Diallo", "en");
        signIn(amina);
        api.put(
                "/api/notifications/preferences",
                tokenOf(amina),
                Map.of("frequencies", Map.of("NOMINATIONS", "DAILY")),
                null);
        String entryId = newId();
        EntryPublished published = TestEvents.published(amina, entryId, "Rural broadband");
        topics.publish(published);
        awaitDelivery(deliveryOf(published), "SENT");
        topics.publish(TestEvents.screened(amina, "2027:" + newId(), 2027, "Rural broadband", true, null));
        stopSmtp();
        EntryReturnedForChanges returned =
                TestEvents.returned(amina, entryId, "Rural broadband", "Please add the budget.", 1);
        topics.publish(returned);
        String waiting = returned.eventId() + ":" + amina.userId() + ":ENTRY_STATUS";
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            return deliveries.logged(waiting).filter(d -> d.attempts() >= 1).isPresent();
        });
        assertThat(log("recipientId=" + amina.userId()).path("total").asLong()).isEqualTo(2);

        ApiClient.Response erased = erase(amina, withdraw(amina));

        assertThat(erased.status()).isEqualTo(202);
        assertThat(erased.text("entries")).isEqualTo("WITHDRAW");
        TopicProbe.Received announced = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.readAll(Topics.ACCOUNT).stream()
                                .filter(r -> r.key().equals(amina.userId()))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(announced.header(CloudEventHeaders.TYPE)).isEqualTo("org.wsis.account.AccountErased");
        assertThat(announced.header(CloudEventHeaders.SOURCE)).isEqualTo("notification-service");
        assertThat(announced.payloadText()).doesNotContain(amina.email(), amina.displayName());
        assertThat(((AccountErased) announced.event()).entries()).isEqualTo(AccountErased.EntriesChoice.WITHDRAW);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> log("recipientId=" + amina.userId()).path("total").asLong() == 0);
        restartSmtp();

        JsonNode sent = log("eventId=" + published.eventId()).path("items").get(0);
        assertThat(sent.path("recipientId").asString()).startsWith("erased-");
        assertThat(sent.path("status").asString()).isEqualTo("SENT");
        assertThat(sent.path("email").asString()).isEmpty();
        assertThat(sent.path("subject").isNull()).isTrue();
        assertThat(sent.toString()).doesNotContain(amina.userId(), "Rural broadband");
        JsonNode cancelled = log("eventId=" + returned.eventId()).path("items").get(0);
        assertThat(cancelled.path("status").asString()).isEqualTo("SUPPRESSED");
        assertThat(log("recipientId=" + sent.path("recipientId").asString())
                        .path("total")
                        .asLong())
                .isEqualTo(2);
        JsonNode export = api.get(EXPORT, tokenOf(amina)).body();
        assertThat(export.path("person").isNull()).isTrue();
        assertThat(export.path("preferences").isNull()).isTrue();
        assertThat(export.path("mail")).isEmpty();
        assertThat(export.path("digestItems")).isEmpty();
        assertThat(export.path("erasure").path("entries").asString()).isEqualTo("WITHDRAW");

        // Later: events about her from before the erasure, a sign-in with a token still valid for minutes.
        topics.publish(TestEvents.published(amina, newId(), "A late publication"));
        topics.publish(TestEvents.hidden(entryId, 3));
        signIn(amina);
        drain();

        // The mail server restarted after the erasure: whatever reached her before is not in it.
        assertThat(mail.to(amina.email())).isEmpty();
        assertThat(log("recipientId=" + amina.userId()).path("total").asLong()).isZero();
        assertThat(api.get(EXPORT, tokenOf(amina)).body().path("person").isNull())
                .isTrue();
        ApiClient.Response preferences = api.put(
                "/api/notifications/preferences",
                tokenOf(amina),
                Map.of("frequencies", Map.of("ENTRY_STATUS", "DAILY")),
                null);
        assertThat(preferences.status()).isEqualTo(409);
        assertThat(preferences.text("type")).isEqualTo("urn:wsis:problem:account-erased");
        assertThat(erase(amina, withdraw(amina)).status()).isEqualTo(409);
    }

    @Test
    void aSecondDeliveryOfAnErasureAndTheErasureOfAnUnknownAccountChangeNothing() {
        Recipient amina = someone("Amina Diallo", "en");
        Recipient kofi = someone("Kofi Mensah", "en");
        signIn(amina);
        signIn(kofi);
        EntryPublished aminas = TestEvents.published(amina, newId(), "Rural broadband");
        EntryPublished kofis = TestEvents.published(kofi, newId(), "Telemedicine in Ghana");
        topics.publish(aminas);
        topics.publish(kofis);
        awaitDelivery(deliveryOf(aminas), "SENT");
        awaitDelivery(deliveryOf(kofis), "SENT");
        assertThat(erase(amina, withdraw(amina)).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> log("eventId=" + aminas.eventId())
                        .path("items")
                        .get(0)
                        .path("recipientId")
                        .asString()
                        .startsWith("erased-"));
        TopicProbe.Received announced = topics.readAll(Topics.ACCOUNT).stream()
                .filter(r -> r.key().equals(amina.userId()))
                .findFirst()
                .orElseThrow();
        List<Document> before = mongo.findAll(Document.class, DeliveryStore.COLLECTION);
        JsonNode kofiBefore = api.get(EXPORT, tokenOf(kofi)).body();
        double duplicates = erasuresHandled("duplicate");
        double processed = erasuresHandled("processed");

        // The same record again (a redelivery), the same erasure under a new id (a copy the log cannot
        // recognise), and the erasure of an account the service never knew.
        topics.send(
                Topics.ACCOUNT,
                announced.key(),
                announced.header(CloudEventHeaders.TYPE),
                announced.header(CloudEventHeaders.ID),
                announced.payload());
        AccountErased again = (AccountErased) announced.event();
        topics.publish(new AccountErased(
                UUID.randomUUID(), Instant.now(), again.accountId(), again.entries(), again.transferTo()));
        topics.publish(new AccountErased(
                UUID.randomUUID(),
                Instant.now(),
                "user-" + UUID.randomUUID(),
                AccountErased.EntriesChoice.WITHDRAW,
                null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> erasuresHandled("duplicate") == duplicates + 1
                        && erasuresHandled("processed") == processed + 2);

        assertThat(mongo.findAll(Document.class, DeliveryStore.COLLECTION)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(api.get(EXPORT, tokenOf(kofi)).body()).isEqualTo(kofiBefore);
    }

    @Test
    void entriesTransferredToAnotherPersonBringThemTheMailAboutThoseEntries() {
        Recipient amina = someone("Amina Diallo", "en");
        Recipient fatou = someone("Fatou Sarr", "fr");
        signIn(amina);
        signIn(fatou);
        String entryId = newId();
        EntryPublished published = TestEvents.published(amina, entryId, "Rural broadband");
        topics.publish(published);
        awaitDelivery(deliveryOf(published), "SENT");

        ApiClient.Response erased = erase(
                amina,
                Map.of(
                        "entries",
                        "TRANSFER",
                        "transferTo",
                        fatou.email().toUpperCase(),
                        "confirmation",
                        amina.email()));

        assertThat(erased.status()).isEqualTo(202);
        AccountErased announced = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.readAll(Topics.ACCOUNT).stream()
                                .filter(r -> r.key().equals(amina.userId()))
                                .map(r -> (AccountErased) r.event())
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(announced.transferTo().userId()).isEqualTo(fatou.userId());
        assertThat(announced.transferTo().email()).isEqualTo(fatou.email());
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api.get(EXPORT, tokenOf(amina)).body().path("person").isNull());

        topics.publish(TestEvents.hidden(entryId, 3));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !mail.to(fatou.email()).isEmpty());
        assertThat(subject(mail.to(fatou.email()).getFirst())).contains("Rural broadband");
        assertThat(mail.to(amina.email())).hasSize(1);
    }

    @Test
    void theGoldenSampleIsAnErasureThisServiceApplies() {
        AccountErased golden = (AccountErased) EventJson.read(
                "org.wsis.account.AccountErased",
                GoldenSamples.json(AccountErased.class).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Recipient person = new Recipient(golden.accountId(), "golden@example.org", "Golden Sample", "en");
        signIn(person);
        assertThat(api.get(EXPORT, tokenOf(person)).body().path("person").isNull())
                .isFalse();

        topics.publish(golden);

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api.get(EXPORT, tokenOf(person)).body().path("person").isNull());
    }
}
