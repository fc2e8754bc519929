package org.wsis.contracts.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.EventTypes;
import org.wsis.contracts.Recipient;

class AccountErasedTest {

    private static final Recipient FATOU = new Recipient("fatou", "fatou@example.org", "Fatou Sarr", "fr");

    @Test
    void anErasureThatWithdrawsTheEntriesNamesNobodyToReceiveThem() {
        AccountErased erased = new AccountErased(
                UUID.randomUUID(),
                Instant.parse("2027-05-02T09:15:00Z"),
                "amina",
                AccountErased.EntriesChoice.WITHDRAW,
                null);

        AccountErased read =
                (AccountErased) EventJson.read(EventTypes.of(erased).name(), EventJson.write(erased));

        assertThat(read).isEqualTo(erased);
        assertThat(read.transferTo()).isNull();
    }

    @Test
    void aTransferNamesTheReceiverAndAWithdrawalDoesNot() {
        assertThatThrownBy(() -> new AccountErased(
                        UUID.randomUUID(), Instant.now(), "amina", AccountErased.EntriesChoice.TRANSFER, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccountErased(
                        UUID.randomUUID(), Instant.now(), "amina", AccountErased.EntriesChoice.WITHDRAW, FATOU))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
