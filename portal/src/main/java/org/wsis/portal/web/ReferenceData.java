package org.wsis.portal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.contracts.reference.Countries;
import org.wsis.contracts.reference.ItuRegion;
import org.wsis.contracts.reference.Sdgs;
import org.wsis.contracts.reference.StakeholderType;

/**
 * The codes forms and filters offer, from the platform's contracts (the same lists the services
 * check). Region and stakeholder-type names are translated by the pages' messages; action line, SDG,
 * category and country titles are the official English ones.
 */
@Component("reference")
public class ReferenceData {

    public record Code(String code, String title) {}

    public List<Code> actionLines() {
        return Arrays.stream(ActionLine.values())
                .map(a -> new Code(a.name(), a.title()))
                .toList();
    }

    /** An action line's official title by its code ({@code C2}); the code itself when it names none. */
    public String actionLine(String code) {
        return Arrays.stream(ActionLine.values())
                .filter(a -> a.name().equals(code))
                .findFirst()
                .map(ActionLine::title)
                .orElse(code);
    }

    /** An SDG's title by its number ({@code "9"}). */
    public String sdg(String number) {
        try {
            return Sdgs.title(Integer.parseInt(number));
        } catch (RuntimeException notAnSdg) {
            return number;
        }
    }

    public List<Code> sdgs() {
        return IntStream.rangeClosed(1, Sdgs.COUNT)
                .mapToObj(n -> new Code(String.valueOf(n), Sdgs.title(n)))
                .toList();
    }

    public List<String> regions() {
        return Arrays.stream(ItuRegion.values()).map(Enum::name).toList();
    }

    public List<String> stakeholderTypes() {
        return Arrays.stream(StakeholderType.values()).map(Enum::name).toList();
    }

    /** The countries, named in the reader's language and sorted as that language sorts. */
    public List<Code> countries(Locale locale) {
        java.text.Collator order = java.text.Collator.getInstance(locale);
        return Countries.all().stream()
                .map(c -> new Code(c.code(), nameOf(c, locale)))
                .sorted(java.util.Comparator.comparing(Code::title, order))
                .toList();
    }

    /** A country by its ISO code, named in the reader's language (the JDK's locale data); the code when unknown. */
    public String country(String code, Locale locale) {
        return Countries.byCode(code).map(c -> nameOf(c, locale)).orElse(code);
    }

    /** The JDK's name of the country in {@code locale}; the official English name when the JDK has none. */
    private static String nameOf(Countries.Country country, Locale locale) {
        try {
            String name = new Locale.Builder().setRegion(country.code()).build().getDisplayCountry(locale);
            return name.isBlank() || name.equals(country.code()) ? country.name() : name;
        } catch (java.util.IllformedLocaleException notARegionCode) {
            return country.name();
        }
    }

    /** The IANA time zones of places (not the {@code Etc/} and legacy ones), sorted. */
    public List<String> timeZones() {
        return java.time.ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted()
                .toList();
    }

    /** The kinds of event the calendar lists. */
    public List<String> eventTypes() {
        return List.of("WORKSHOP", "SEMINAR", "CONSULTATION", "CONFERENCE", "FORUM", "WEBINAR", "TRAINING", "OTHER");
    }

    /** The kinds of event a convenor plans about an issue. */
    public List<String> plannedEventTypes() {
        return List.of("WORKSHOP", "SEMINAR", "CONSULTATION", "CONFERENCE");
    }

    /** A language's name in that language, as a language picker shows it. */
    public String autonym(String code) {
        java.util.Locale language = java.util.Locale.forLanguageTag(code);
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    public List<Code> categories() {
        return Arrays.stream(PrizeCategory.values())
                .map(c -> new Code(String.valueOf(c.number()), c.title()))
                .toList();
    }

    public String category(int number) {
        return PrizeCategory.byNumber(number).map(PrizeCategory::title).orElse(String.valueOf(number));
    }
}
