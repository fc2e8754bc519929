package org.wsis.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void pausesDoubleAfterEachTemporaryFailureUpToTheLongestPause() {
        assertThat(policy.nextAttempt(1, 421, now)).contains(now.plusSeconds(30));
        assertThat(policy.nextAttempt(2, null, now)).contains(now.plusSeconds(60));
        assertThat(policy.nextAttempt(3, 451, now)).contains(now.plusSeconds(120));
        assertThat(policy.nextAttempt(4, null, now)).contains(now.plusSeconds(240));
        assertThat(policy.nextAttempt(5, null, now)).contains(now.plusSeconds(300));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.nextAttempt(6, 421, now)).isEmpty();
    }

    @Test
    void aRefusalInThe500sIsNeverRetried() {
        assertThat(policy.nextAttempt(1, 550, now)).isEmpty();
        assertThat(RetryPolicy.permanent(553)).isTrue();
        assertThat(RetryPolicy.permanent(452)).isFalse();
        assertThat(RetryPolicy.permanent(null)).isFalse();
    }
}
