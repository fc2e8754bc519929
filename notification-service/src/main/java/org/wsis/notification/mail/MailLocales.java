package org.wsis.notification.mail;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The six UN languages mail is written in. A recipient's locale tag picks one by its language
 * ({@code fr-CA} reads French); anything else, or nothing, reads English.
 */
public final class MailLocales {

    public static final List<String> SUPPORTED = List.of("ar", "zh", "en", "fr", "es", "ru");

    private MailLocales() {}

    public static Locale of(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Locale.ENGLISH;
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return SUPPORTED.contains(language) ? Locale.of(language) : Locale.ENGLISH;
    }

    public static boolean rightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
