package org.wsis.convening.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.wsis.contracts.Topics;
import org.wsis.contracts.convening.ContactAccepted;
import org.wsis.convening.Forms;
import org.wsis.convening.Published;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** Requests expire after 4 s here, and a convenor may ask 3 others a day. */
@PlatformIntegrationTest
@TestPropertySource(properties = {"wsis.contacts.expiry=4s", "wsis.contacts.per-day=3"})
class ContactTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    /** A public convenor with its own contact address and one public issue: [manager token, convenor, issue]. */
    private String[] aConvenor(String person, String name) {
        String token = TestUsers.stakeholder(person);
        Published published = new Published(api());
        Map<String, Object> profile = Forms.profile(name);
        profile.put("contact", Map.of("name", person, "email", person.toLowerCase() + "@" + "contact.example.org"));
        String convenor = published.convenor(token, profile);
        String issue = published.issue(token, convenor, Forms.issue("Towers for " + name));
        return new String[] {token, convenor, issue};
    }

    private ApiClient.Response ask(String[] asker, String[] asked, String message) {
        return api().post(
                        "/api/convening/contacts",
                        asker[0],
                        Map.of("fromConvenorId", asker[1], "issueId", asked[2], "message", message));
    }

    private JsonNode contactsOf(String[] convenor) {
        return api().get("/api/convening/contacts?convenorId=" + convenor[1], convenor[0])
                .body();
    }

    @Test
    void onlyAnAcceptedRequestGivesEachConvenorTheOthersContactDetails() {
        String[] ada = aConvenor("Ada", "Ada Networks");
        String[] ben = aConvenor("Ben", "Ben Connect");

        ApiClient.Response asked = ask(ada, ben, "We share towers too; shall we compare notes?");
        assertThat(asked.status()).isEqualTo(201);
        String id = asked.text("id");
        assertThat(asked.text("status")).isEqualTo("PENDING");
        assertThat(ask(ada, ben, "Again?").text("type")).isEqualTo("urn:wsis:problem:request-pending");
        assertThat(ask(ben, ada, "And us?").text("type")).isEqualTo("urn:wsis:problem:request-pending");
        assertThat(contactsOf(ada).toString()).doesNotContain("ben@contact.example.org");
        JsonNode received = contactsOf(ben).get(0);
        assertThat(received.path("direction").asString()).isEqualTo("RECEIVED");
        assertThat(received.path("message").asString()).isEqualTo("We share towers too; shall we compare notes?");
        assertThat(received.toString()).doesNotContain("ada@contact.example.org");

        String stranger = TestUsers.stakeholder("Stranger");
        assertThat(api().post("/api/convening/contacts/" + id + "/accept", stranger, null)
                        .status())
                .isEqualTo(404);
        assertThat(api().post("/api/convening/contacts/" + id + "/accept", ada[0], null)
                        .status())
                .as("the asker cannot accept their own request")
                .isEqualTo(404);
        assertThat(api().get("/api/convening/contacts?convenorId=" + ben[1], stranger)
                        .status())
                .isEqualTo(403);

        ApiClient.Response accepted = api().post("/api/convening/contacts/" + id + "/accept", ben[0], null);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.body().path("contact").path("email").asString()).isEqualTo("ada@contact.example.org");
        JsonNode made = contactsOf(ada).get(0);
        assertThat(made.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(made.path("contact").path("email").asString()).isEqualTo("ben@contact.example.org");
        ContactAccepted event = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(Topics.CONVENING, "org.wsis.convening.ContactAccepted", id),
                        r -> r.isPresent())
                .map(r -> (ContactAccepted) r.event())
                .orElseThrow();
        assertThat(event.from().contactEmail()).isEqualTo("ada@contact.example.org");
        assertThat(event.to().managers()).extracting(m -> m.userId()).containsExactly("user-ben");
        assertThat(ask(ada, ben, "Hello again").text("type")).isEqualTo("urn:wsis:problem:already-connected");
    }

    @Test
    void aDeclineLooksLikeSilenceToTheAskerUntilTheRequestExpiresAndABlockIsNeverTold() {
        String[] cora = aConvenor("Cora", "Cora Radio");
        String[] dan = aConvenor("Dan", "Dan Health");

        String first = ask(cora, dan, "Can we talk?").text("id");
        assertThat(api().post("/api/convening/contacts/" + first + "/decline", dan[0], null)
                        .text("status"))
                .isEqualTo("DECLINED");
        assertThat(contactsOf(cora).get(0).path("status").asString()).isEqualTo("PENDING");
        assertThat(ask(cora, dan, "Hello?").text("type")).isEqualTo("urn:wsis:problem:request-pending");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> contactsOf(cora).get(0).path("status").asString().equals("EXPIRED"));
        assertThat(ask(cora, dan, "Trying once more").status()).isEqualTo(201);
        assertThat(api().post("/api/convening/contacts/" + first + "/block", dan[0], null)
                        .status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> contactsOf(cora).get(0).path("status").asString().equals("EXPIRED"));
        ApiClient.Response blocked = ask(cora, dan, "Please answer");
        assertThat(blocked.status()).as("a block is never told").isEqualTo(201);
        assertThat(blocked.text("status")).isEqualTo("PENDING");
        assertThat(contactsOf(dan).size())
                .as("the blocked request never reaches Dan")
                .isZero();
        assertThat(topics.readAll(Topics.CONVENING).stream()
                        .filter(r -> r.key().equals(first)
                                && r.header("ce_type").equals("org.wsis.convening.ContactRequested"))
                        .count())
                .as("three requests, the two before the block announced")
                .isEqualTo(2);
    }

    @Test
    void theConvenorThatDeclinedOrBlockedMayStillAskTheOtherItself() {
        String[] jo = aConvenor("Jo", "Jo Libraries");
        String[] kai = aConvenor("Kai", "Kai Museums");
        String first = ask(jo, kai, "Digitise together?").text("id");
        api().post("/api/convening/contacts/" + first + "/block", kai[0], null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> contactsOf(jo).get(0).path("status").asString().equals("EXPIRED"));
        assertThat(ask(jo, kai, "Please").status()).isEqualTo(201);

        ApiClient.Response kaiAsks = ask(kai, jo, "After all, let us talk");

        assertThat(kaiAsks.status())
                .as("the blocking side is never told of the request it never saw")
                .isEqualTo(201);
        assertThat(contactsOf(jo).get(0).path("direction").asString()).isEqualTo("RECEIVED");
        assertThat(contactsOf(jo).get(0).path("message").asString()).isEqualTo("After all, let us talk");
    }

    @Test
    void aConvenorAsksAtMostItsDailyAllowanceAndThenIsToldWhenToTryAgain() {
        String[] eve = aConvenor("Eve", "Eve Learning");
        List<String[]> others = List.of(
                aConvenor("Fay", "Fay Farms"),
                aConvenor("Gus", "Gus Grid"),
                aConvenor("Hal", "Hal Harbour"),
                aConvenor("Ivy", "Ivy Island"));

        for (int i = 0; i < 3; i++) {
            assertThat(ask(eve, others.get(i), "Hello " + i).status()).isEqualTo(201);
        }
        ApiClient.Response refused = ask(eve, others.get(3), "One too many");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:too-many-contact-requests");
        assertThat(contactsOf(others.get(3)).size()).isZero();
        assertThat(ask(others.get(3), eve, "I ask you instead").status()).isEqualTo(201);
        assertThat(ask(eve, eve, "Myself").status()).isEqualTo(409);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.wsis.convening.contact.mongo.ContactAllowances allowances;

    @Test
    void requestsMadeAtTheSameMomentTakeNoMoreThanTheDailyAllowance() throws Exception {
        String convenor = "allowance-" + java.util.UUID.randomUUID();
        java.time.Instant now = java.time.Instant.now();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            List<java.util.concurrent.Future<Boolean>> taken = new java.util.ArrayList<>();
            for (int i = 0; i < 48; i++) {
                taken.add(pool.submit(() -> {
                    start.await();
                    return allowances
                            .take(convenor, now, java.time.Duration.ofDays(1), 5)
                            .isEmpty();
                }));
            }
            start.countDown();
            int granted = 0;
            for (var one : taken) {
                granted += one.get() ? 1 : 0;
            }
            assertThat(granted)
                    .as("of 48 requests at once, with an allowance of 5")
                    .isEqualTo(5);
        }
        assertThat(allowances.take(
                        convenor,
                        now.plus(java.time.Duration.ofDays(1)).plusSeconds(1),
                        java.time.Duration.ofDays(1),
                        5))
                .as("a day later the allowance is whole again")
                .isEmpty();
    }
}
