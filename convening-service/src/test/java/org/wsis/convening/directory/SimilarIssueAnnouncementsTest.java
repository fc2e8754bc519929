package org.wsis.convening.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.Topics;
import org.wsis.contracts.convening.SimilarIssuesFound;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.convening.Forms;
import org.wsis.convening.Published;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;

@PlatformIntegrationTest
class SimilarIssueAnnouncementsTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private static final String HONEY = "Beekeeping cooperatives sell honey abroad: we will train beekeepers to take"
            + " mobile payments, trace every jar of honey with a phone and reach export buyers online, so that"
            + " beekeeping pays in the highlands.";

    private List<SimilarIssuesFound> announcementsOf(String issueId) {
        return topics.readAll(Topics.CONVENING).stream()
                .map(TopicProbe.Received::event)
                .filter(e -> e instanceof SimilarIssuesFound f && f.issueId().equals(issueId))
                .map(e -> (SimilarIssuesFound) e)
                .toList();
    }

    @Test
    void theConvenorsOfSimilarIssuesHearOfANewOneOnceWhenItFirstBecomesPublic() {
        ApiClient api = ApiClient.onPort(port);
        Published published = new Published(api);
        String wanjiru = TestUsers.stakeholder("Wanjiru");
        String first = published.issue(
                wanjiru,
                published.convenor(wanjiru, Forms.profile("Highland Beekeepers")),
                Forms.issue("Honey exports by mobile payment", HONEY, List.of("C7")));
        String kofi = TestUsers.stakeholder("Kofi");
        String kofisConvenor = published.convenor(kofi, Forms.profile("Volta Honey Union"));
        String second = published.issue(
                kofi, kofisConvenor, Forms.issue("Tracing honey jars for export buyers", HONEY, List.of("C7")));

        SimilarIssuesFound found = await().atMost(Duration.ofSeconds(30))
                .until(() -> announcementsOf(second), list -> !list.isEmpty())
                .getFirst();
        assertThat(found.convenor()).isEqualTo("Volta Honey Union");
        assertThat(found.revision()).isEqualTo(1);
        SimilarIssuesFound.Match match = found.matches().stream()
                .filter(m -> m.issueId().equals(first))
                .findFirst()
                .orElseThrow();
        assertThat(match.convenor()).isEqualTo("Highland Beekeepers");
        assertThat(match.managers()).extracting(m -> m.displayName()).containsExactly("Wanjiru");
        assertThat(found.matches()).noneMatch(m -> m.convenorId().equals(kofisConvenor));

        // A redelivered decision, or a new draft of the published issue, announces nothing more.
        topics.publish(Forms.decision(second, SubjectType.CONVENOR_ISSUE, 1, Decision.APPROVED));
        Map<String, Object> changed = Forms.issue("Tracing every honey jar for export buyers", HONEY, List.of("C7"));
        assertThat(api.put("/api/convening/issues/" + second, kofi, changed, null)
                        .status())
                .isEqualTo(200);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> announcementsOf(second).size() == 1);

        // Nor does its next approved revision: the same convenors heard of it already.
        api.post("/api/convening/issues/" + second + "/submit", kofi, null);
        topics.publish(Forms.decision(second, SubjectType.CONVENOR_ISSUE, 2, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/convening/issues/" + second, null)
                        .text("title")
                        .equals("Tracing every honey jar for export buyers"));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> announcementsOf(second).size() == 1);
    }

    @Test
    void anIssueApprovedBeforeItsConvenorIsAnnouncedWhenTheConvenorIsPublished() {
        ApiClient api = ApiClient.onPort(port);
        Published published = new Published(api);
        String wanjiru = TestUsers.stakeholder("Wanjiru");
        String first = published.issue(
                wanjiru,
                published.convenor(wanjiru, Forms.profile("Rift Honey Growers")),
                Forms.issue("Mobile money for honey exports", HONEY, List.of("C7")));
        String ama = TestUsers.stakeholder("Ama");
        String draftConvenor = api.post("/api/convening/convenors", ama, Forms.profile("Ashanti Bees"))
                .text("id");
        String issue = published.issue(
                ama, draftConvenor, Forms.issue("Selling honey abroad with phones", HONEY, List.of("C7")));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> announcementsOf(issue).isEmpty());

        api.post("/api/convening/convenors/" + draftConvenor + "/submit", ama, null);
        topics.publish(Forms.decision(draftConvenor, SubjectType.CONVENOR, 1, Decision.APPROVED));

        SimilarIssuesFound found = await().atMost(Duration.ofSeconds(30))
                .until(() -> announcementsOf(issue), list -> !list.isEmpty())
                .getFirst();
        assertThat(found.matches())
                .extracting(SimilarIssuesFound.Match::issueId)
                .contains(first);
    }
}
