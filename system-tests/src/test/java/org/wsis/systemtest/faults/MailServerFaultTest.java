package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.systemtest.PlatformActions;
import org.wsis.testkit.ApiClient;

/** The mail relay refuses mail for a while, then answers slowly: mails wait, then all go out, once each. */
class MailServerFaultTest {

    @Test
    void mailsWaitWhileTheRelayRefusesAndGoOutOnceEachWhenItIsSlowThenWell() {
        FaultyPlatform platform = FaultyPlatform.get();
        ApiClient api = new ApiClient(platform.stack.portalUrl());
        List<String> titles = new ArrayList<>();
        try {
            platform.smtp.set(SmtpLink.Mode.REFUSE);
            for (int i = 0; i < 4; i++) {
                String title = "Submitted while the relay refuses " + i;
                PlatformActions.submittedEntry(api, platform.token("amina"), title, "C5");
                titles.add(title);
            }
            // Nothing gets through, and the services keep answering.
            await().during(Duration.ofSeconds(8))
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(subjects()).noneMatch(s -> s.contains("while the relay refuses")));
            assertThat(api.get("/api/notifications/preferences", platform.token("amina"))
                            .status())
                    .isEqualTo(200);

            platform.smtp.set(SmtpLink.Mode.SLOW);
            for (int i = 0; i < 2; i++) {
                String title = "Submitted while the relay is slow " + i;
                PlatformActions.submittedEntry(api, platform.token("amina"), title, "C5");
                titles.add(title);
            }
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> received(titles) >= 1);
        } finally {
            platform.smtp.set(SmtpLink.Mode.PASS);
        }
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> received(titles) == titles.size());
        // One mail per entry, and it stays one: a retried send that reached the server twice would show.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Long> perSubject = platform.mails().stream()
                    .filter(m -> m.to().contains("amina@example.org"))
                    .filter(m -> titles.stream().anyMatch(t -> m.subject().contains(t)))
                    .collect(Collectors.groupingBy(FaultyPlatform.Mail::subject, Collectors.counting()));
            assertThat(perSubject)
                    .hasSize(titles.size())
                    .allSatisfy(
                            (subject, count) -> assertThat(count).as(subject).isEqualTo(1L));
        });
    }

    /** The subjects of the mails Amina received. */
    private static List<String> subjects() {
        return FaultyPlatform.get().mails().stream()
                .filter(m -> m.to().contains("amina@example.org"))
                .map(FaultyPlatform.Mail::subject)
                .toList();
    }

    private static long received(List<String> titles) {
        return subjects().stream()
                .filter(s -> titles.stream().anyMatch(s::contains))
                .distinct()
                .count();
    }
}
