package org.wsis.convening.issue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.convening.issue.domain.IssueDetails;
import org.wsis.convening.issue.domain.PlannedEvent;
import org.wsis.servicekit.web.FieldRules.KnownCountry;
import org.wsis.servicekit.web.FieldRules.KnownTimeZone;
import org.wsis.servicekit.web.FieldRules.MaxWords;
import org.wsis.servicekit.web.FieldRules.MinWords;
import org.wsis.servicekit.web.FieldRules.OneOf;
import org.wsis.servicekit.web.FieldRules.UnLanguage;

/**
 * An issue as a convenor's managers write it: in words (at least 20, since similarity reads them), with
 * its action lines, SDGs, keywords and the events planned about it. Every broken rule is reported, field by
 * field.
 */
public record IssueRequest(
        @NotNull @Min(2003) @Max(2100) Integer year,
        @NotBlank @Size(max = 200) String title,

        @NotBlank
        @Size(max = 8000)
        @MaxWords(800)
        @MinWords(value = MIN_WORDS, message = "must have at least 20 words: similar issues are found by them")
        String description,

        @Nullable @UnLanguage String language,

        @NotEmpty @Size(max = 11) List<@NotNull @OneOf(ActionLine.class) String> actionLines,
        @Nullable @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgs,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 60) String> keywords,
        @Nullable @Size(max = 20) List<@NotNull @Valid PlannedEventRequest> plannedEvents) {

    /** Fewer words than this describe too little to find similar issues by. */
    public static final int MIN_WORDS = 20;

    /** An event planned about the issue. */
    public record PlannedEventRequest(
            @Nullable @Pattern(regexp = "[a-z0-9]{1,32}", message = "must be 1 to 32 lower-case letters and digits")
            String id,

            @NotBlank @OneOf(PlannedEvent.Type.class) String type,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDateTime startsAt,
            @NotNull LocalDateTime endsAt,
            @NotBlank @KnownTimeZone String timeZone,
            boolean online,
            @Nullable @Size(max = 200) String place,
            @Nullable @KnownCountry String country) {

        @AssertTrue(message = "endsAt must be after startsAt")
        public boolean isEndsAfterItStarts() {
            return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
        }

        @AssertTrue(message = "an event that is not online needs a place and a country")
        public boolean isPlacedUnlessOnline() {
            return online || (place != null && !place.isBlank() && country != null && !country.isBlank());
        }

        /** The event, under the id it was given (an existing one keeps its own) or else a new one. */
        PlannedEvent event(@Nullable String givenId) {
            return new PlannedEvent(
                    givenId != null ? givenId : UUID.randomUUID().toString().replace("-", ""),
                    PlannedEvent.Type.valueOf(type),
                    title.strip(),
                    startsAt,
                    endsAt,
                    ZoneId.of(timeZone),
                    online,
                    place == null || place.isBlank() ? null : place.strip(),
                    country == null || country.isBlank() ? null : country);
        }
    }

    IssueDetails details() {
        return new IssueDetails(
                year,
                title.strip(),
                description.strip(),
                language,
                actionLines.stream()
                        .distinct()
                        .map(ActionLine::valueOf)
                        .sorted()
                        .toList(),
                sdgs == null ? List.of() : sdgs.stream().distinct().sorted().toList(),
                keywords == null
                        ? List.of()
                        : keywords.stream().map(String::strip).distinct().toList(),
                identifiedPlannedEvents());
    }

    /** The planned events, each under the id it was given unless another before it took that id. */
    private List<PlannedEvent> identifiedPlannedEvents() {
        if (plannedEvents == null) {
            return List.of();
        }
        Set<String> taken = new HashSet<>();
        return plannedEvents.stream()
                .map(e -> e.event(e.id() != null && taken.add(e.id()) ? e.id() : null))
                .toList();
    }
}
