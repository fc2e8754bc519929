package org.wsis.prize.tally.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuspicionRulesTest {

    private final SuspicionRules rules = new SuspicionRules(
            Set.of("mailinator.com", " YopMail.com "),
            Duration.ofMinutes(10),
            Duration.ofDays(2),
            20,
            Duration.ofHours(1),
            4,
            Duration.ofMillis(100));

    private static final Instant NOW = Instant.parse("2027-03-20T10:00:00Z");
    private static final Instant OLD_ACCOUNT = Instant.parse("2024-01-01T00:00:00Z");

    private Set<Suspicion> judge(String domain, Instant created, Instant... earlier) {
        return rules.judge(new BallotSignals("203.0.113.0/24", domain, created), NOW, List.of(earlier));
    }

    @Test
    void throwawayDomainsAndTheirSubdomainsAreSuspiciousButLookAlikesAreNot() {
        assertThat(judge("mailinator.com", OLD_ACCOUNT)).containsExactly(Suspicion.DISPOSABLE_EMAIL_DOMAIN);
        assertThat(judge("in.YOPMAIL.com", OLD_ACCOUNT)).containsExactly(Suspicion.DISPOSABLE_EMAIL_DOMAIN);
        assertThat(judge("notmailinator.com", OLD_ACCOUNT)).isEmpty();
        assertThat(judge("itu.int", OLD_ACCOUNT)).isEmpty();
    }

    @Test
    void anAccountCreatedMinutesBeforeItVotesIsSuspiciousAndSoIsOneOfUnknownAge() {
        assertThat(judge("itu.int", NOW.minus(Duration.ofMinutes(3)))).containsExactly(Suspicion.NEW_ACCOUNT);
        assertThat(judge("itu.int", NOW.minus(Duration.ofMinutes(11)))).isEmpty();
        assertThat(rules.judge(new BallotSignals("203.0.113.0/24", "itu.int", null), NOW, List.of()))
                .as("a token without the creation time does not pass as an old account")
                .containsExactly(Suspicion.ACCOUNT_AGE_UNKNOWN);
    }

    @Test
    void ballotsAtAMachineRegularPaceAreSuspiciousAndHumanPausesAreNot() {
        assertThat(judge("itu.int", OLD_ACCOUNT, NOW.minusMillis(1500), NOW.minusMillis(3010), NOW.minusMillis(4480)))
                .containsExactly(Suspicion.REGULAR_TIMING);
        assertThat(judge("itu.int", OLD_ACCOUNT, NOW.minusSeconds(9), NOW.minusSeconds(31), NOW.minusSeconds(36)))
                .isEmpty();
        assertThat(judge("itu.int", OLD_ACCOUNT, NOW.minusMillis(1500), NOW.minusMillis(3000)))
                .as("two intervals are not yet a pattern")
                .isEmpty();
    }

    @Test
    void onlyYoungAccountsOrOnesOfUnknownAgeCountTowardsABurstAndOnlyBeyondTheAllowance() {
        assertThat(rules.countsTowardsNetworkBurst(new BallotSignals("n", "d", NOW.minus(Duration.ofHours(30))), NOW))
                .isTrue();
        assertThat(rules.countsTowardsNetworkBurst(new BallotSignals("n", "d", OLD_ACCOUNT), NOW))
                .isFalse();
        assertThat(rules.countsTowardsNetworkBurst(new BallotSignals("n", "d", null), NOW))
                .as("an account of unknown age may be as young as any")
                .isTrue();
        assertThat(rules.isBurst(20)).isFalse();
        assertThat(rules.isBurst(21)).isTrue();
        assertThat(rules.burstWindowOf(NOW)).isEqualTo(rules.burstWindowOf(NOW.plus(Duration.ofMinutes(59))));
    }
}
