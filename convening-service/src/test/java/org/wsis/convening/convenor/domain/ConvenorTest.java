package org.wsis.convening.convenor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.convening.publication.domain.PublicationRefused;

class ConvenorTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    private static final Recipient LUCIA = new Recipient("user-lucia", "lucia@example.org", "Lucía", "es");
    private static final Recipient KOFI = new Recipient("user-kofi", "Kofi@Example.org", "Kofi", null);

    private static Convenor aConvenor() {
        return Convenor.draft(
                "c-1",
                LUCIA,
                new ConvenorDetails(
                        "Red de Conectividad Rural",
                        StakeholderType.CIVIL_SOCIETY,
                        "PE",
                        null,
                        List.of("es"),
                        "We connect villages.",
                        new ConvenorDetails.Contact("Lucía", "contact@example.org", null)),
                NOW);
    }

    @Test
    void anInvitedPersonSignedInWithTheVerifiedAddressBecomesAManager() {
        Convenor convenor = aConvenor();
        convenor.invite(" KOFI@example.org ", NOW);
        convenor.acceptInvitation(KOFI, true, NOW);

        assertThat(convenor.isManagedBy("user-kofi")).isTrue();
        assertThat(convenor.invited()).isEmpty();
    }

    @Test
    void anUnverifiedAddressOrAnotherAddressTakesNoInvitation() {
        Convenor convenor = aConvenor();
        convenor.invite("kofi@example.org", NOW);

        assertThatThrownBy(() -> convenor.acceptInvitation(KOFI, false, NOW))
                .isInstanceOf(PublicationRefused.class)
                .extracting(e -> ((PublicationRefused) e).code())
                .isEqualTo("not-invited");
        Recipient other = new Recipient("user-eve", "eve@example.org", "Eve", null);
        assertThatThrownBy(() -> convenor.acceptInvitation(other, true, NOW)).isInstanceOf(PublicationRefused.class);
        assertThat(convenor.isManagedBy("user-kofi")).isFalse();
        assertThat(convenor.isManagedBy("user-eve")).isFalse();
    }

    @Test
    void managersAndInvitationsAreBounded() {
        Convenor convenor = aConvenor();
        for (int i = 1; i < Convenor.MAX_MANAGERS; i++) {
            convenor.invite("person" + i + "@example.org", NOW);
        }

        assertThatThrownBy(() -> convenor.invite("one-more@example.org", NOW))
                .extracting(e -> ((PublicationRefused) e).code())
                .isEqualTo("too-many-managers");
        assertThatThrownBy(() -> convenor.invite("lucia@example.org", NOW))
                .extracting(e -> ((PublicationRefused) e).code())
                .isEqualTo("already-a-manager");
    }
}
