package org.wsis.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.wsis.notification.Mailbox.header;
import static org.wsis.notification.Mailbox.html;
import static org.wsis.notification.Mailbox.subject;
import static org.wsis.notification.Mailbox.text;
import static org.wsis.notification.TestEvents.newId;
import static org.wsis.notification.TestEvents.someone;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.notification.digest.Digests;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.UnsubscribeTokens;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.TopicProbe;

/**
 * What people receive: events from the real broker become mail in a real SMTP server (GreenMail), in
 * their language, as they chose it, and never twice.
 */
class NotificationJourneyTest extends NotificationIntegrationTest {

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    @LocalServerPort
    int port;

    @Autowired
    Digests digests;

    @Autowired
    Recipients recipients;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
    }

    private static String tokenOf(Recipient person, String... roles) {
        return PlatformInfrastructure.shared().token(person.userId(), person.email(), person.displayName(), roles);
    }

    private static String admin() {
        return PlatformInfrastructure.shared().token("admin-ines", "ines@example.org", "Ines Admin", "admin");
    }

    /**
     * Publishes a marker for another person and waits for its mail: everything published before has been
     * handled, since the test broker's topics have a single partition, consumed in order.
     */
    private void drain() {
        Recipient marker = someone("Marker", null);
        topics.publish(TestEvents.published(marker, newId(), "Marker"));
        mail.awaitOne(marker.email());
    }

    @Test
    void theOwnerOfAnEntryHearsOfEachStatusInAMailWithTextHtmlAndOneClickUnsubscribe() {
        Recipient amina = someone("Amina Diallo", "en");
        String entryId = newId();

        topics.publish(TestEvents.submitted(amina, entryId, "Community broadband for rural schools"));
        MimeMessage received = mail.awaitOne(amina.email());

        assertThat(subject(received))
                .isEqualTo("We received your entry \u201cCommunity broadband for rural schools\u201d");
        assertThat(text(received))
                .startsWith("Dear Amina Diallo,")
                .contains("waiting for a moderator")
                .contains("http://localhost:8080/my/entries/" + entryId);
        assertThat(html(received))
                .contains("lang=\"en\"", "dir=\"ltr\"")
                .contains("href=\"http://localhost:8080/my/entries/" + entryId + "\"");
        assertThat(header(received, "List-Unsubscribe"))
                .startsWith("<http://localhost:8080/api/notifications/unsubscribe?token=");
        assertThat(header(received, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(header(received, "Message-ID")).matches("<[0-9a-f]{32}@notification\\.wsis-platform>");

        topics.publish(TestEvents.returned(
                amina, entryId, "Community broadband for rural schools", "Please add the budget.", null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.to(amina.email()).size() == 2);
        MimeMessage changes = mail.to(amina.email()).get(1);
        assertThat(subject(changes))
                .isEqualTo("Changes requested for your entry \u201cCommunity broadband for rural schools\u201d");
        assertThat(text(changes)).contains("Please add the budget.");
        assertThat(html(changes)).contains("<blockquote", "Please add the budget.");

        topics.publish(TestEvents.rejected(
                amina, entryId, "Community broadband for rural schools", "No ICT component.", true));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.to(amina.email()).size() == 3);
        assertThat(text(mail.to(amina.email()).get(2)))
                .contains("No ICT component.")
                .contains("You may appeal this decision once");

        topics.publish(TestEvents.published(amina, entryId, "Community broadband for rural schools"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.to(amina.email()).size() == 4);
        assertThat(subject(mail.to(amina.email()).get(3)))
                .isEqualTo("Your entry \u201cCommunity broadband for rural schools\u201d is published");
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() {
        Recipient kofi = someone("Kofi Mensah", "en");
        EntryPublished published = TestEvents.published(kofi, newId(), "Digital skills for women");

        topics.publish(published);
        topics.publish(published);
        drain();

        assertThat(mail.to(kofi.email())).hasSize(1);
    }

    @Test
    void theOwnerOfAReportedEntryIsToldItIsHiddenThoughTheReportNamesOnlyTheEntry() {
        Recipient li = someone("Li Wei", "en");
        String entryId = newId();
        topics.publish(TestEvents.published(li, entryId, "Open data portal"));
        mail.awaitOne(li.email());

        topics.publish(TestEvents.hidden(entryId, 4));

        await().atMost(Duration.ofSeconds(30)).until(() -> mail.to(li.email()).size() == 2);
        MimeMessage hidden = mail.to(li.email()).get(1);
        assertThat(subject(hidden))
                .isEqualTo("Your entry \u201cOpen data portal\u201d is hidden while reports are reviewed");
        assertThat(text(hidden)).contains("4 people reported");
    }

    @Test
    void theOwnerOfANominationHearsOfScreeningShortlistAndAwards() {
        Recipient maria = someone("Maria Lopez", "en");
        String nominationId = "2027:" + newId();

        topics.publish(TestEvents.screened(
                maria, nominationId, 2027, "E-health for all", false, "The project is nominated twice."));
        MimeMessage ineligible = mail.awaitOne(maria.email());
        assertThat(subject(ineligible))
                .isEqualTo("Your nomination \u201cE-health for all\u201d is not eligible for the WSIS Prizes 2027");
        assertThat(text(ineligible))
                .contains("category 2. Information and communication infrastructure")
                .contains("The project is nominated twice.");

        topics.publish(TestEvents.shortlisted(maria, nominationId, 2027, "E-health for all"));
        topics.publish(TestEvents.awarded(maria, nominationId, 2027, "E-health for all", "CHAMPION"));
        topics.publish(TestEvents.awarded(maria, nominationId, 2027, "E-health for all", "WINNER"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.to(maria.email()).size() == 4);
        assertThat(mail.to(maria.email()).stream().map(Mailbox::subject))
                .containsExactlyInAnyOrder(
                        "Your nomination \u201cE-health for all\u201d is not eligible for the WSIS Prizes 2027",
                        "\u201cE-health for all\u201d is a nominee of the WSIS Prizes 2027",
                        "\u201cE-health for all\u201d is a Champion of the WSIS Prizes 2027",
                        "\u201cE-health for all\u201d wins the WSIS Prizes 2027");
        assertThat(mail.to(maria.email()).stream().map(Mailbox::text))
                .anySatisfy(body -> assertThat(body).contains("48211 valid votes"));
    }

    @Test
    void whenVotingOpensEachNomineeOwnerGetsOneMailListingAllTheirNominees() {
        int edition = 3000 + (int) (System.nanoTime() % 1000);
        Recipient amina = someone("Amina Diallo", "en");
        Recipient kofi = someone("Kofi Mensah", "en");
        topics.publish(TestEvents.shortlisted(amina, edition + ":" + newId(), edition, "Rural broadband"));
        topics.publish(TestEvents.shortlisted(amina, edition + ":" + newId(), edition, "Coding clubs"));
        topics.publish(TestEvents.shortlisted(kofi, edition + ":" + newId(), edition, "Telemedicine"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.to(amina.email()).size() == 2
                        && mail.to(kofi.email()).size() == 1);

        topics.publish(TestEvents.phase(edition, "VOTING"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.to(amina.email()).size() == 3
                        && mail.to(kofi.email()).size() == 2);
        MimeMessage voting = mail.to(amina.email()).get(2);
        assertThat(subject(voting)).isEqualTo("Public voting for the WSIS Prizes " + edition + " is open");
        assertThat(text(voting))
                .contains("\u2022 Coding clubs", "\u2022 Rural broadband")
                .doesNotContain("Telemedicine");
        assertThat(text(mail.to(kofi.email()).get(1))).contains("\u2022 Telemedicine");

        topics.publish(TestEvents.phase(edition, "RESULTS_PUBLISHED"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.to(amina.email()).size() == 4
                        && mail.to(kofi.email()).size() == 3);
        assertThat(subject(mail.to(kofi.email()).get(2)))
                .isEqualTo("The results of the WSIS Prizes " + edition + " are published");
    }

    @Test
    void mailIsWrittenInTheRecipientsLanguageWithEnglishAsTheFallback() {
        Map<String, String> subjects = Map.of(
                "fr", "Votre entrée « Écoles connectées » est publiée",
                "es", "Su entrada «Écoles connectées» está publicada",
                "ru", "Ваша запись «Écoles connectées» опубликована",
                "zh", "您的条目“Écoles connectées”已发布",
                "ar", "نُشر مُدخَلك «Écoles connectées»",
                "de", "Your entry \u201cÉcoles connectées\u201d is published",
                "pt-BR", "Your entry \u201cÉcoles connectées\u201d is published");
        Map<String, Recipient> people = new java.util.HashMap<>();
        subjects.keySet().forEach(locale -> people.put(locale, someone("Person " + locale, locale)));
        Recipient noLocale = someone("Someone", null);
        people.values().forEach(p -> topics.publish(TestEvents.published(p, newId(), "Écoles connectées")));
        topics.publish(TestEvents.published(noLocale, newId(), "Écoles connectées"));

        subjects.forEach((locale, expected) -> assertThat(
                        subject(mail.awaitOne(people.get(locale).email())))
                .as(locale)
                .isEqualTo(expected));
        assertThat(subject(mail.awaitOne(noLocale.email())))
                .isEqualTo("Your entry \u201cÉcoles connectées\u201d is published");
        MimeMessage arabic = mail.awaitOne(people.get("ar").email());
        assertThat(html(arabic)).contains("lang=\"ar\"", "dir=\"rtl\"");
        assertThat(header(arabic, "Content-Language")).isEqualTo("ar");
        assertThat(text(mail.awaitOne(people.get("fr").email()))).startsWith("Bonjour Person fr,");
    }

    @Test
    void peopleReadAndChangeTheirOwnPreferencesAndWrongValuesAreRefusedFieldByField() {
        Recipient amina = someone("Amina Diallo", "en");
        String token = tokenOf(amina, "stakeholder");

        ApiClient.Response defaults = api.get("/api/notifications/preferences", token);
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().path("frequencies").path("ENTRY_STATUS").asString())
                .isEqualTo("IMMEDIATE");
        assertThat(defaults.body().path("frequencies").path("MODERATION_QUEUE").asString())
                .isEqualTo("DAILY");
        assertThat(defaults.body().path("digestHour").asInt()).isEqualTo(8);

        ApiClient.Response refused = api.put(
                "/api/notifications/preferences",
                token,
                Map.of(
                        "frequencies",
                        Map.of("MODERATION_QUEUE", "IMMEDIATE", "GOSSIP", "DAILY", "NOMINATIONS", "OFF"),
                        "digestHour",
                        25,
                        "timeZone",
                        "Mars/Olympus"),
                null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .containsExactly("digestHour", "frequencies.GOSSIP", "frequencies.MODERATION_QUEUE", "timeZone");
        assertThat(api.get("/api/notifications/preferences", token)
                        .body()
                        .path("frequencies")
                        .path("NOMINATIONS")
                        .asString())
                .as("nothing of a refused change is kept")
                .isEqualTo("IMMEDIATE");

        ApiClient.Response changed = api.put(
                "/api/notifications/preferences",
                token,
                Map.of("frequencies", Map.of("ENTRY_STATUS", "OFF"), "digestHour", 18, "timeZone", "Africa/Dakar"),
                null);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("frequencies").path("ENTRY_STATUS").asString())
                .isEqualTo("OFF");
        assertThat(changed.body().path("timeZone").asString()).isEqualTo("Africa/Dakar");

        topics.publish(TestEvents.published(amina, newId(), "Silenced"));
        drain();
        assertThat(mail.to(amina.email())).isEmpty();
        ApiClient.Response log = api.get("/api/notifications/deliveries?recipientId=" + amina.userId(), admin());
        assertThat(log.body().path("items").get(0).path("status").asString()).isEqualTo("SUPPRESSED");
    }

    @Test
    void aDailyDigestComesAtTheChosenHourWithWhatHappenedGroupedByEntry() {
        Recipient kofi = someone("Kofi Mensah", "en");
        String token = tokenOf(kofi, "stakeholder");
        api.put(
                "/api/notifications/preferences",
                token,
                Map.of("frequencies", Map.of("ENTRY_STATUS", "DAILY"), "digestHour", 7, "timeZone", "Europe/Zurich"),
                null);
        String first = newId();
        String second = newId();

        topics.publish(TestEvents.submitted(kofi, first, "Solar kiosks"));
        topics.publish(TestEvents.returned(kofi, first, "Solar kiosks", "Describe the partners.", null));
        topics.publish(TestEvents.published(kofi, second, "Mobile libraries"));
        drain();
        assertThat(mail.to(kofi.email()))
                .as("nothing goes out before the digest")
                .isEmpty();

        Instant slot = recipients.preferencesOf(kofi.userId()).nextDigestAfter(Frequency.DAILY, Instant.now());
        assertThat(slot.atZone(java.time.ZoneId.of("Europe/Zurich")).getHour()).isEqualTo(7);
        digests.assemble(slot.minusSeconds(1));
        drain();
        assertThat(mail.to(kofi.email())).as("not before the chosen hour").isEmpty();

        digests.assemble(slot);
        MimeMessage digest = mail.awaitOne(kofi.email());
        assertThat(subject(digest)).isEqualTo("Your daily WSIS digest: 3 updates");
        assertThat(text(digest))
                .contains("== Your entries ==")
                .contains("* Solar kiosks", "We received your entry \u201cSolar kiosks\u201d", "Describe the partners.")
                .contains("* Mobile libraries", "Your entry \u201cMobile libraries\u201d is published");
        assertThat(text(digest).indexOf("Solar kiosks")).isLessThan(text(digest).indexOf("Mobile libraries"));

        digests.assemble(slot.plusSeconds(60));
        drain();
        assertThat(mail.to(kofi.email())).as("one digest for one day").hasSize(1);
    }

    @Test
    void whatWaitsForADigestIsDroppedWhenThePersonUnsubscribesBeforeItGoesOut() throws Exception {
        Recipient li = someone("Li Wei", "en");
        String token = tokenOf(li, "stakeholder");
        api.put("/api/notifications/preferences", token, Map.of("frequencies", Map.of("ENTRY_STATUS", "WEEKLY")), null);
        topics.publish(TestEvents.published(li, newId(), "Weekly news"));
        drain();
        api.put("/api/notifications/preferences", token, Map.of("frequencies", Map.of("ENTRY_STATUS", "OFF")), null);

        digests.assemble(Instant.now().plus(Duration.ofDays(8)));

        // A digest is recorded when it is assembled, before it is sent: the log shows none for Li.
        assertThat(api.get("/api/notifications/deliveries?recipientId=" + li.userId(), admin())
                        .body()
                        .path("total")
                        .asInt())
                .isZero();
        drain();
        assertThat(mail.to(li.email())).isEmpty();
    }

    @Test
    void moderatorsGetWhatWaitsInTheQueueAsADigestNotAMailPerItem() {
        Recipient moderator = someone("Mod Erator", "en");
        api.get("/api/notifications/preferences", tokenOf(moderator, "moderator"));
        Recipient author = someone("Author", "en");

        String nominationId = "2027:" + newId();
        topics.publish(TestEvents.submitted(author, newId(), "Smart agriculture hub"));
        topics.publish(TestEvents.nominated(author, nominationId, 2027, "Smart agriculture hub"));
        // The nomination's next event, on the same stream and key: once its mail is in, the nomination was handled.
        topics.publish(TestEvents.screened(author, nominationId, 2027, "Smart agriculture hub", true, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.to(author.email()).size() == 2);
        drain();
        assertThat(mail.to(moderator.email())).isEmpty();

        digests.assemble(Instant.now().plus(Duration.ofDays(2)));

        MimeMessage digest = mail.awaitOne(moderator.email());
        assertThat(subject(digest)).startsWith("Your daily WSIS digest:");
        assertThat(text(digest))
                .contains("== Waiting in the moderation queue ==")
                .contains("New entry to review: \u201cSmart agriculture hub\u201d (Ministry of ICT)")
                .contains("New nomination to screen: \u201cSmart agriculture hub\u201d")
                .contains("http://localhost:8080/moderation");
    }

    @Test
    void theLinkInAMailUnsubscribesAfterAConfirmationWithoutLoggingIn() throws Exception {
        Recipient li = someone("Li Wei", "fr");
        topics.publish(TestEvents.published(li, newId(), "Tele-education"));
        String link = unsubscribeLink(mail.awaitOne(li.email()));

        ApiClient.Text page = api.getText(link, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Ne plus recevoir de messages sur l&#39;état de vos entrées ?")
                .contains("<form method=\"post\"");
        assertThat(recipients.preferencesOf(li.userId()).frequencyOf(NotificationType.ENTRY_STATUS))
                .as("opening the link changes nothing")
                .isEqualTo(Frequency.IMMEDIATE);

        HttpResponse<String> confirmed = postForm(link, "");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("C&#39;est fait");
        assertThat(recipients.preferencesOf(li.userId()).frequencyOf(NotificationType.ENTRY_STATUS))
                .isEqualTo(Frequency.OFF);
        assertThat(recipients.preferencesOf(li.userId()).frequencyOf(NotificationType.NOMINATIONS))
                .isEqualTo(Frequency.IMMEDIATE);

        topics.publish(TestEvents.published(li, newId(), "Another one"));
        drain();
        assertThat(mail.to(li.email())).hasSize(1);
    }

    @Test
    void aMailClientsOneClickPostUnsubscribes() throws Exception {
        Recipient maria = someone("Maria Lopez", "es");
        topics.publish(TestEvents.shortlisted(maria, "2027:" + newId(), 2027, "Radio school"));
        String link = unsubscribeLink(mail.awaitOne(maria.email()));

        HttpResponse<String> oneClick = postForm(link, "List-Unsubscribe=One-Click");

        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(recipients.preferencesOf(maria.userId()).frequencyOf(NotificationType.NOMINATIONS))
                .isEqualTo(Frequency.OFF);
    }

    @Test
    void aTamperedOrExpiredLinkChangesNothing() throws Exception {
        Recipient kofi = someone("Kofi Mensah", "en");
        topics.publish(TestEvents.published(kofi, newId(), "Community radio"));
        String link = unsubscribeLink(mail.awaitOne(kofi.email()));
        String tampered = link.replaceFirst("token=.", "token=x");
        var expiredTokens =
                new UnsubscribeTokens(CURRENT_KEY_ID, Map.of(CURRENT_KEY_ID, CURRENT_KEY), null, Duration.ofDays(-1));
        String expired = "/api/notifications/unsubscribe?token="
                + expiredTokens.issue(kofi.userId(), NotificationType.ENTRY_STATUS, Instant.now()) + "&lang=en";

        assertThat(postForm(tampered, "List-Unsubscribe=One-Click").statusCode())
                .isEqualTo(400);
        HttpResponse<String> gone = postForm(expired, "List-Unsubscribe=One-Click");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("has expired");
        assertThat(recipients.preferencesOf(kofi.userId()).frequencyOf(NotificationType.ENTRY_STATUS))
                .isEqualTo(Frequency.IMMEDIATE);
    }

    /**
     * A program (not a browser) that asks for JSON gets JSON: what the link switches off, and a refusal as
     * problem details; a query string that is not UTF-8 once decoded is refused as problem details too.
     */
    @Test
    void aClientThatAsksForJsonGetsJsonAndRefusalsAsProblemDetails() throws Exception {
        Recipient ines = someone("Ines Duarte", "en");
        topics.publish(TestEvents.published(ines, newId(), "Open data portal"));
        String link = unsubscribeLink(mail.awaitOne(ines.email()));

        HttpResponse<String> asked = send(link, "GET", "application/json");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(asked.body()).contains("\"type\":\"ENTRY_STATUS\"").contains("\"unsubscribed\":false");

        HttpResponse<String> tampered = send(link.replaceFirst("token=.", "token=x"), "POST", "application/json");
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(tampered.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(tampered.body()).contains("urn:wsis:problem:invalid-link");

        HttpResponse<String> undecodable =
                send("/api/notifications/unsubscribe?token=%C0%AF", "POST", "application/json");
        assertThat(undecodable.statusCode()).isEqualTo(400);
        assertThat(undecodable.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        HttpResponse<String> done = send(link, "POST", "application/json");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("\"unsubscribed\":true");
        assertThat(recipients.preferencesOf(ines.userId()).frequencyOf(NotificationType.ENTRY_STATUS))
                .isEqualTo(Frequency.OFF);
    }

    private HttpResponse<String> send(String pathAndQuery, String method, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void aLinkSignedWithARetiredKeyStillUnsubscribes() throws Exception {
        Recipient ana = someone("Ana Souza", "en");
        String token = new UnsubscribeTokens(
                        RETIRED_KEY_ID, Map.of(RETIRED_KEY_ID, RETIRED_KEY), null, Duration.ofDays(60))
                .issue(ana.userId(), NotificationType.NOMINATIONS, Instant.now().minus(Duration.ofDays(20)));

        HttpResponse<String> oneClick = postForm(linkOf(token), "List-Unsubscribe=One-Click");

        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(recipients.preferencesOf(ana.userId()).frequencyOf(NotificationType.NOMINATIONS))
                .isEqualTo(Frequency.OFF);
    }

    @Test
    void aLinkSentBeforeLinksNamedTheirKeyStillUnsubscribesWhileItsSecretIsConfigured() throws Exception {
        Recipient olu = someone("Olu Adeyemi", "en");
        String sentBeforeTheUpgrade = legacyToken(
                LEGACY_SECRET,
                olu.userId() + "\nENTRY_STATUS\n"
                        + Instant.now().plus(Duration.ofDays(40)).getEpochSecond());

        HttpResponse<String> oneClick = postForm(linkOf(sentBeforeTheUpgrade), "List-Unsubscribe=One-Click");

        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(recipients.preferencesOf(olu.userId()).frequencyOf(NotificationType.ENTRY_STATUS))
                .isEqualTo(Frequency.OFF);
    }

    @Test
    void aLinkSignedWithAKeyTheServiceDoesNotHoldIsRefusedAndChangesNothing() throws Exception {
        Recipient kemal = someone("Kemal Aydin", "en");
        String foreign = new UnsubscribeTokens(
                        "2019z", Map.of("2019z", "a-key-this-service-never-had-32-chars"), null, Duration.ofDays(60))
                .issue(kemal.userId(), NotificationType.ANNOUNCEMENTS, Instant.now());
        String unsigned = legacyToken(
                "not-the-legacy-secret-but-long-enough",
                kemal.userId() + "\nANNOUNCEMENTS\n"
                        + Instant.now().plus(Duration.ofDays(1)).getEpochSecond());

        assertThat(postForm(linkOf(foreign), "List-Unsubscribe=One-Click").statusCode())
                .isEqualTo(400);
        assertThat(postForm(linkOf(unsigned), "List-Unsubscribe=One-Click").statusCode())
                .isEqualTo(400);
        assertThat(recipients.preferencesOf(kemal.userId()).frequencyOf(NotificationType.ANNOUNCEMENTS))
                .isEqualTo(Frequency.IMMEDIATE);
    }

    private static String linkOf(String token) {
        return "/api/notifications/unsubscribe?token=" + token + "&lang=en";
    }

    /** A token as the service signed them before links named their key: claims and signature, no key id. */
    private static String legacyToken(String secret, String claims) throws Exception {
        byte[] payload = claims.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(mac.doFinal(payload));
    }

    @Test
    void adminsReadTheDeliveryLogAndNobodyElseDoes() {
        Recipient amina = someone("Amina Diallo", "en");
        EntryPublished published = TestEvents.published(amina, newId(), "Logged");
        topics.publish(published);
        MimeMessage sent = mail.awaitOne(amina.email());

        ApiClient.Response log = api.get("/api/notifications/deliveries?recipientId=" + amina.userId(), admin());
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body().path("total").asInt()).isEqualTo(1);
        var delivery = log.body().path("items").get(0);
        assertThat(delivery.path("status").asString()).isEqualTo("SENT");
        assertThat(delivery.path("eventId").asString())
                .isEqualTo(published.eventId().toString());
        assertThat(delivery.path("eventType").asString()).isEqualTo("org.wsis.entry.EntryPublished");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.path("messageId").asString()).isEqualTo(header(sent, "Message-ID"));
        assertThat(api.get("/api/notifications/deliveries?eventId=" + published.eventId(), admin())
                        .body()
                        .path("total")
                        .asInt())
                .isEqualTo(1);

        assertThat(api.get("/api/notifications/deliveries", tokenOf(amina, "stakeholder"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/notifications/deliveries", null).status()).isEqualTo(401);
    }

    private static String unsubscribeLink(MimeMessage message) {
        String header = header(message, "List-Unsubscribe");
        String url = header.substring(1, header.length() - 1);
        return URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery();
    }

    private HttpResponse<String> postForm(String pathAndQuery, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
