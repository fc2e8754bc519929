package org.wsis.contracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void everyUnMemberStateIsACountryWithItsItuRegion() {
        assertThat(Countries.all()).hasSizeGreaterThanOrEqualTo(193);
        assertThat(Countries.byCode("KE")).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Kenya");
            assertThat(c.region()).isEqualTo(ItuRegion.AFR);
        });
        assertThat(Countries.byCode("EG").orElseThrow().region()).isEqualTo(ItuRegion.ARB);
        assertThat(Countries.byCode("KZ").orElseThrow().region()).isEqualTo(ItuRegion.CIS);
        assertThat(Countries.byCode("BR").orElseThrow().region()).isEqualTo(ItuRegion.AMS);
        assertThat(Countries.byCode("VN").orElseThrow().region()).isEqualTo(ItuRegion.ASP);
        assertThat(Countries.byCode("CH").orElseThrow().region()).isEqualTo(ItuRegion.EUR);
        assertThat(Countries.isKnown("XX")).isFalse();
        assertThat(Countries.isKnown("ke")).isFalse();
    }

    @Test
    void everyRegionHasCountriesAndCodesAreTwoCapitalLetters() {
        Set<ItuRegion> regions =
                Countries.all().stream().map(Countries.Country::region).collect(Collectors.toSet());
        assertThat(regions).isEqualTo(EnumSet.allOf(ItuRegion.class));
        assertThat(Countries.all()).allSatisfy(c -> assertThat(c.code()).matches("[A-Z]{2}"));
    }

    @Test
    void thereAreSeventeenSdgs() {
        assertThat(Sdgs.isValid(0)).isFalse();
        assertThat(Sdgs.isValid(18)).isFalse();
        assertThat(Sdgs.title(4)).isEqualTo("Quality education");
        assertThat(Sdgs.title(17)).isEqualTo("Partnerships for the goals");
    }
}
