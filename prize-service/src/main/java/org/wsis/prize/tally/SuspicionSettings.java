package org.wsis.prize.tally;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wsis.prize.tally.domain.SuspicionRules;

/**
 * The suspicious-ballot rules' settings, {@code wsis.prize.suspicion.*}. The throwaway-mail domains
 * shipped in {@code disposable-email-domains.txt} are always included; {@code extra-disposable-domains}
 * adds more. {@code burst-repair-interval} is how often the flagging of network bursts left unfinished by
 * a crash is looked for.
 */
@ConfigurationProperties("wsis.prize.suspicion")
public record SuspicionSettings(
        @DefaultValue("PT10M") Duration newAccount,
        @DefaultValue("P2D") Duration burstAccountAge,
        @DefaultValue("20") int burstAccounts,
        @DefaultValue("PT1H") Duration burstWindow,
        @DefaultValue("4") int regularTimingBallots,
        @DefaultValue("PT0.1S") Duration regularTimingTolerance,
        @DefaultValue List<String> extraDisposableDomains,
        @DefaultValue("PT1M") Duration burstRepairInterval) {

    static final String SHIPPED_DOMAINS = "/disposable-email-domains.txt";

    SuspicionRules rules() {
        Set<String> domains = new HashSet<>(shippedDomains());
        domains.addAll(extraDisposableDomains);
        return new SuspicionRules(
                domains,
                newAccount,
                burstAccountAge,
                burstAccounts,
                burstWindow,
                regularTimingBallots,
                regularTimingTolerance);
    }

    private static List<String> shippedDomains() {
        try (InputStream in = SuspicionSettings.class.getResourceAsStream(SHIPPED_DOMAINS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SHIPPED_DOMAINS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
