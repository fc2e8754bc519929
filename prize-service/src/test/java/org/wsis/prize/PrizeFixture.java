package org.wsis.prize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * An edition as the tests need it, built through the prize service's own API and the events other
 * services send it: entries published, nominated, screened, shortlisted. Each test gets its own year.
 */
public final class PrizeFixture {

    private static final AtomicInteger YEARS = new AtomicInteger(2040 + (int) (Math.random() * 20) * 2);

    public final String admin = PlatformInfrastructure.shared().token("admin-ada", "ada@example.org", "Ada", "admin");
    public final String amina = TestUsers.stakeholder("Amina");
    public final TopicProbe topics = TopicProbe.onSharedBroker();
    private final int port;
    private final MongoOperations mongo;

    public PrizeFixture(int port, MongoOperations mongo) {
        this.port = port;
        this.mongo = mongo;
    }

    public ApiClient api() {
        return ApiClient.onPort(port);
    }

    public int newEdition(Map<String, Object> rules) {
        int year = YEARS.incrementAndGet();
        ApiClient.Response created = api().post("/api/prizes/editions", admin, Map.of("year", year, "rules", rules));
        assertThat(created.status()).isEqualTo(201);
        return year;
    }

    /** A year no edition uses. */
    public int unusedYear() {
        return YEARS.incrementAndGet();
    }

    public ApiClient.Response advance(int year, String phase) {
        return api().post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", phase));
    }

    public String publishedEntry(String ownerId, String organisation, List<ActionLine> lines) {
        EntryPublished published = PrizeEvents.published(
                "Project of " + organisation,
                organisation,
                lines,
                new Recipient(ownerId, ownerId + "@example.org", ownerId, "en"));
        String id = published.entryId();
        topics.publish(published);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.exists(Query.query(Criteria.where("_id").is(id)), "eligible_entries"));
        return id;
    }

    public ApiClient.Response nominate(int year, String token, String entryId, int category) {
        return api().post(
                        "/api/prizes/editions/" + year + "/nominations",
                        token,
                        Map.of("entryId", entryId, "category", category));
    }

    public void screen(String nominationId, ModerationDecided.Decision decision, String message) {
        topics.publish(PrizeEvents.screened(nominationId, decision, message));
    }

    public String status(int year, String nominationId) {
        for (JsonNode n : api().get("/api/prizes/editions/" + year + "/nominations", admin)
                .body()) {
            if (n.path("id").asString().equals(nominationId)) {
                return n.path("status").asString();
            }
        }
        return "absent";
    }

    /**
     * An edition in {@code VOTING} with one nominee per organisation in category 2 (Information and
     * communication infrastructure); returns the year and the nominees in the organisations' order.
     */
    public Voting votingEdition(Map<String, Object> rules, List<String> organisations) {
        return votingEdition(rules, Map.of(PrizeCategory.CATEGORY_2, organisations));
    }

    /**
     * An edition in {@code VOTING} with one nominee per organisation in each given category; the
     * nominees in the categories' and organisations' order.
     */
    public Voting votingEdition(Map<String, Object> rules, Map<PrizeCategory, List<String>> organisations) {
        int year = newEdition(rules);
        advance(year, "SUBMISSION");
        List<String> nominees = new ArrayList<>();
        organisations.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(category -> {
            for (String organisation : category.getValue()) {
                String entry = publishedEntry(
                        "user-amina", organisation, List.of(category.getKey().actionLine()));
                ApiClient.Response nominated =
                        nominate(year, amina, entry, category.getKey().number());
                assertThat(nominated.status()).isEqualTo(201);
                screen(nominated.text("id"), ModerationDecided.Decision.APPROVED, null);
                nominees.add(nominated.text("id"));
            }
        });
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api().get("/api/prizes/editions/" + year + "/nominations?status=ELIGIBLE", admin)
                                .body()
                                .size()
                        == nominees.size());
        advance(year, "EXPERT_REVIEW");
        for (String id : nominees) {
            assertThat(api().post("/api/prizes/editions/" + year + "/nominations/" + id + "/shortlist", admin, null)
                            .text("status"))
                    .isEqualTo("NOMINEE");
        }
        assertThat(advance(year, "VOTING").text("phase")).isEqualTo("VOTING");
        return new Voting(year, List.copyOf(nominees));
    }

    public record Voting(int year, List<String> nominees) {}

    public ApiClient.Response vote(int year, String token, int category, String nominationId) {
        return api().post(
                        "/api/prizes/editions/" + year + "/votes",
                        token,
                        Map.of("category", category, "nominationId", nominationId));
    }

    public JsonNode standings(int year) {
        return api().get("/api/prizes/editions/" + year + "/standings", admin).body();
    }

    /** A nominee's standing: its valid, flagged and voided votes, as admins see them. */
    public JsonNode standing(int year, String nominationId) {
        for (JsonNode category : standings(year)) {
            for (JsonNode nominee : category.path("nominees")) {
                if (nominee.path("nominationId").asString().equals(nominationId)) {
                    return nominee;
                }
            }
        }
        throw new AssertionError(nominationId + " is not in the standings of " + year);
    }
}
