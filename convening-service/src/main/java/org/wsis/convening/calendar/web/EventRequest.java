package org.wsis.convening.calendar.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.convening.calendar.domain.EventDetails;
import org.wsis.convening.calendar.domain.EventType;
import org.wsis.servicekit.web.FieldRules.KnownCountry;
import org.wsis.servicekit.web.FieldRules.KnownTimeZone;
import org.wsis.servicekit.web.FieldRules.MaxWords;
import org.wsis.servicekit.web.FieldRules.OneOf;
import org.wsis.servicekit.web.FieldRules.UnLanguage;
import org.wsis.servicekit.web.FieldRules.WebAddress;

/**
 * An event as its organiser lists it: local start and end in the IANA time zone it is held in, a link to
 * join online or a place and its country (or both, for a hybrid event). Every broken rule is reported,
 * field by field.
 */
public record EventRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @OneOf(EventType.class) String type,
        @NotBlank @Size(max = 200) String organiser,
        @NotBlank @Size(max = 6000) @MaxWords(600) String description,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @NotBlank @KnownTimeZone String timeZone,
        @Nullable @Size(max = 2000) @WebAddress String link,
        @Nullable @Size(max = 200) String place,
        @Nullable @KnownCountry String country,

        @NotBlank @UnLanguage String language,

        @NotEmpty @Size(max = 11) List<@NotNull @OneOf(ActionLine.class) String> actionLines,
        @Nullable @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgs) {

    /** An event longer than this is a season, not an event. */
    public static final Duration LONGEST = Duration.ofDays(31);

    @AssertTrue(message = "endsAt must be after startsAt")
    public boolean isEndsAfterItStarts() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    @AssertTrue(message = "an event lasts 31 days at most")
    public boolean isShortEnough() {
        return startsAt == null || endsAt == null || !endsAt.isAfter(startsAt.plus(LONGEST));
    }

    @AssertTrue(message = "an event needs a link to join it online, or a place and a country, or both")
    public boolean isSomewhere() {
        boolean placed = present(place) && present(country);
        return present(link) || placed;
    }

    @AssertTrue(message = "a place needs its country")
    public boolean isPlaceInACountry() {
        return !present(place) || present(country);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    EventDetails details() {
        return new EventDetails(
                title.strip(),
                EventType.valueOf(type),
                organiser.strip(),
                description.strip(),
                startsAt,
                endsAt,
                ZoneId.of(timeZone),
                present(link) ? link.strip() : null,
                present(place) ? place.strip() : null,
                present(country) ? country : null,
                language,
                actionLines.stream()
                        .distinct()
                        .map(ActionLine::valueOf)
                        .sorted()
                        .toList(),
                sdgs == null ? List.of() : sdgs.stream().distinct().sorted().toList());
    }
}
