package org.wsis.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailLocalesTest {

    @Test
    void readsTheLanguageOfATagAndFallsBackToEnglish() {
        assertThat(MailLocales.of("fr-CA")).isEqualTo(Locale.of("fr"));
        assertThat(MailLocales.of("zh_Hans_CN")).isEqualTo(Locale.of("zh"));
        assertThat(MailLocales.of("ar")).isEqualTo(Locale.of("ar"));
        assertThat(MailLocales.of("de")).isEqualTo(Locale.ENGLISH);
        assertThat(MailLocales.of(null)).isEqualTo(Locale.ENGLISH);
        assertThat(MailLocales.of(" ")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertThat(MailLocales.SUPPORTED.stream().filter(l -> MailLocales.rightToLeft(Locale.of(l))))
                .containsExactly("ar");
    }
}
