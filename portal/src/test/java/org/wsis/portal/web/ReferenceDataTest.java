package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Country names come from the JDK's locale data, in the reader's language, and sort as that language sorts. */
class ReferenceDataTest {

    private final ReferenceData reference = new ReferenceData();

    @Test
    void aCountryIsNamedInTheReadersLanguage() {
        assertThat(reference.country("SN", Locale.ENGLISH)).isEqualTo("Senegal");
        assertThat(reference.country("SN", Locale.FRENCH)).isEqualTo("Sénégal");
        assertThat(reference.country("DE", Locale.forLanguageTag("es"))).isEqualTo("Alemania");
        assertThat(reference.country("DE", Locale.forLanguageTag("ru"))).isEqualTo("Германия");
        assertThat(reference.country("DE", Locale.forLanguageTag("zh"))).isEqualTo("德国");
        assertThat(reference.country("DE", Locale.forLanguageTag("ar"))).isEqualTo("ألمانيا");
        assertThat(reference.country("QQ", Locale.FRENCH)).isEqualTo("QQ");
    }

    @Test
    void theCountriesAreOfferedInTheReadersOrder() {
        var french = reference.countries(Locale.FRENCH).stream()
                .map(ReferenceData.Code::title)
                .toList();
        assertThat(french).contains("Allemagne", "Égypte", "Émirats arabes unis");
        // Accented letters sort with their letter: Égypte comes before France, not after Zimbabwe.
        assertThat(french.indexOf("Égypte")).isLessThan(french.indexOf("France"));
        assertThat(reference.countries(Locale.FRENCH)).hasSameSizeAs(reference.countries(Locale.ENGLISH));
    }
}
