package org.wsis.notification.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased;

class ErasureRulesTest {

    private static final Instant NOW = Instant.parse("2027-05-02T09:15:00Z");
    private static final Recipient FATOU = new Recipient("fatou", "fatou.sarr@example.org", "Fatou Sarr", "fr");

    private static Optional<Recipient> known(String address) {
        return address.equalsIgnoreCase(FATOU.email()) ? Optional.of(FATOU) : Optional.empty();
    }

    private static Map<String, String> refused(String entries, String transferTo, String confirmation) {
        ErasureRefused refused = catchThrowableOfType(
                ErasureRefused.class,
                () -> ErasureRules.request(
                        "amina", "amina@example.org", entries, transferTo, confirmation, ErasureRulesTest::known, NOW));
        assertThat(refused).as("refused").isNotNull();
        Map<String, String> errors = new java.util.TreeMap<>();
        refused.errors().forEach(e -> errors.put(e.field(), e.message()));
        return errors;
    }

    @Test
    void aConfirmedWithdrawalErasesTheAccountAndWithdrawsItsEntries() {
        AccountErased erased = ErasureRules.request(
                "amina", "amina@example.org", "withdraw", "", " Amina@Example.org ", ErasureRulesTest::known, NOW);

        assertThat(erased.accountId()).isEqualTo("amina");
        assertThat(erased.entries()).isEqualTo(AccountErased.EntriesChoice.WITHDRAW);
        assertThat(erased.transferTo()).isNull();
        assertThat(erased.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void aTransferNamesTheVerifiedAccountWithThatAddress() {
        AccountErased erased = ErasureRules.request(
                "amina",
                "amina@example.org",
                "TRANSFER",
                "FATOU.SARR@example.org",
                "amina@example.org",
                ErasureRulesTest::known,
                NOW);

        assertThat(erased.transferTo()).isEqualTo(FATOU);
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        assertThat(refused(null, null, null)).containsOnlyKeys("entries", "confirmation");
        assertThat(refused("KEEP", null, "amina@example.org")).containsOnlyKeys("entries");
        assertThat(refused("WITHDRAW", null, "someone@example.org"))
                .containsOnlyKeys("confirmation")
                .hasEntrySatisfying("confirmation", m -> assertThat(m).contains("amina@example.org"));
    }

    @Test
    void aTransferNeedsSomeoneElseThePlatformKnows() {
        assertThat(refused("TRANSFER", " ", "amina@example.org")).containsOnlyKeys("transferTo");
        assertThat(refused("TRANSFER", "amina@example.org", "amina@example.org"))
                .hasEntrySatisfying("transferTo", m -> assertThat(m).contains("someone else"));
        assertThat(refused("TRANSFER", "stranger@example.org", "amina@example.org"))
                .hasEntrySatisfying("transferTo", m -> assertThat(m).contains("sign in once"));
        assertThat(refused("WITHDRAW", "fatou.sarr@example.org", "amina@example.org"))
                .containsOnlyKeys("transferTo");
    }
}
