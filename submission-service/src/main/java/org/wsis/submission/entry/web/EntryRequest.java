package org.wsis.submission.entry.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.reference.GdcObjective;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.servicekit.web.FieldRules.KnownCountry;
import org.wsis.servicekit.web.FieldRules.MaxWords;
import org.wsis.servicekit.web.FieldRules.OneOf;
import org.wsis.servicekit.web.FieldRules.WebAddress;
import org.wsis.submission.entry.domain.EntryDetails;
import org.wsis.submission.entry.web.EntryConstraints.DatesInOrder;

/**
 * What the owner writes. Every rule is checked and every broken one reported, field by field; nothing
 * is saved while one is broken. Codes (action lines, stakeholder type, GDC objectives) arrive as text so
 * that an unknown one is a field error like any other.
 */
@DatesInOrder
public record EntryRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 200) String organisation,
        @NotBlank @OneOf(StakeholderType.class) String stakeholderType,
        @NotBlank @KnownCountry String country,
        @NotEmpty @Size(max = 11) List<@NotNull @OneOf(ActionLine.class) String> actionLines,
        @NotEmpty @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgs,
        @Nullable @Size(max = 5) List<@NotNull @OneOf(GdcObjective.class) String> gdcObjectives,

        @NotBlank @Size(max = 2000) @MaxWords(EntryDetails.SHORT_DESCRIPTION_MAX_WORDS)
        String shortDescription,

        @Nullable @Size(max = 20000) String fullDescription,
        @Nullable @Valid ImpactRequest impact,
        @Nullable @Size(max = 4000) String partnerships,
        @Nullable @Size(max = 4000) String challenges,
        @NotNull LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable @Size(max = 2000) @WebAddress String website,

        @Nullable @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        String contactEmail,

        @Nullable @Size(max = 20)
        List<
                        @NotNull
                        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code, such as en or fr")
                        String>
                languages,

        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 60) String> keywords) {

    /** Economic, social and environmental impact. */
    public record ImpactRequest(
            @Nullable @Size(max = 4000) String economic,
            @Nullable @Size(max = 4000) String social,
            @Nullable @Size(max = 4000) String environmental) {}

    EntryDetails details() {
        return new EntryDetails(
                title.strip(),
                organisation.strip(),
                StakeholderType.valueOf(stakeholderType),
                country,
                actionLines.stream()
                        .distinct()
                        .map(ActionLine::valueOf)
                        .sorted()
                        .toList(),
                sdgs.stream().distinct().sorted().toList(),
                orEmpty(gdcObjectives).stream()
                        .distinct()
                        .map(GdcObjective::valueOf)
                        .sorted()
                        .toList(),
                shortDescription,
                orEmpty(fullDescription),
                impact == null
                        ? EntryDetails.Impact.NONE
                        : new EntryDetails.Impact(
                                orEmpty(impact.economic()), orEmpty(impact.social()), orEmpty(impact.environmental())),
                orEmpty(partnerships),
                orEmpty(challenges),
                startDate,
                endDate,
                blankToNull(website),
                blankToNull(contactEmail),
                orEmpty(languages).stream().distinct().toList(),
                orEmpty(keywords).stream().map(String::strip).distinct().toList());
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
