package org.wsis.portal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The six UN languages. The browser's language chooses on the first visit; {@code ?lang=} (the
 * language switcher) changes it and a cookie keeps it. Arabic is laid out right to left.
 */
@Configuration
public class Languages implements WebMvcConfigurer {

    /** A language as the switcher offers it: its code and its name in itself. */
    public record Language(String code, String name) {}

    public static final List<Language> ALL = List.of(
            new Language("ar", "العربية"),
            new Language("zh", "中文"),
            new Language("en", "English"),
            new Language("fr", "Français"),
            new Language("ru", "Русский"),
            new Language("es", "Español"));

    static final List<Locale> SUPPORTED =
            ALL.stream().map(l -> Locale.forLanguageTag(l.code())).toList();

    public static boolean rightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("wsis-lang") {
            /** A cookie naming a language the portal does not offer counts as no cookie. */
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                Locale chosen = super.resolveLocale(request);
                return SUPPORTED.stream()
                        .filter(l -> l.getLanguage().equals(chosen.getLanguage()))
                        .findFirst()
                        .orElse(Locale.ENGLISH);
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            for (Locale wanted : java.util.Collections.list(request.getLocales())) {
                for (Locale offered : SUPPORTED) {
                    if (offered.getLanguage().equals(wanted.getLanguage())) {
                        return offered;
                    }
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedOnly());
    }

    /**
     * {@code ?lang=} chooses one of the six languages; anything else is ignored. It is read from the query
     * string alone: asking the request for a parameter would read a form's or a file's body, which the API
     * gateway relays as it came and a page reads only when it asks for it.
     */
    private record SupportedOnly() implements org.springframework.web.servlet.HandlerInterceptor {
        @Override
        public boolean preHandle(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                Object handler) {
            String query = request.getQueryString();
            if (query == null) {
                return true;
            }
            String lang = org.springframework.web.util.UriComponentsBuilder.newInstance()
                    .query(query)
                    .build()
                    .getQueryParams()
                    .getFirst("lang");
            if (lang == null || ALL.stream().noneMatch(l -> l.code().equals(lang))) {
                return true;
            }
            org.springframework.web.servlet.LocaleResolver resolver =
                    org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request);
            if (resolver != null) {
                resolver.setLocale(request, response, Locale.forLanguageTag(lang));
            }
            return true;
        }
    }
}
