package org.wsis.convening.workshop.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.workshop.domain.WorkshopDetails;
import org.wsis.servicekit.web.FieldRules.MaxWords;
import org.wsis.servicekit.web.FieldRules.UnLanguage;

/**
 * A workshop as its proposer writes it. {@code venueId}, {@code convenorId} (the proposing convenor) and
 * {@code invite} (public convenors to invite) are read when it is proposed; a change adds the convenors in
 * {@code invite} not invited yet. Every broken rule is reported, field by field; the rules of the venue (its
 * days, its slots per day) are checked against the venue.
 */
public record WorkshopRequest(
        @Nullable @Size(max = 64) String venueId,
        @Nullable @Size(max = 64) String convenorId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 6000) @MaxWords(600) String description,
        @NotBlank @Size(max = 200) String theme,
        @Nullable @Size(max = 30) List<@NotBlank @Size(max = 64) String> issueIds,
        @Nullable @Size(max = 30) List<@NotBlank @Size(max = 64) String> invite,
        @NotNull @Min(5) @Max(5000) Integer attendance,
        @NotNull @Min(1) @Max(16) Integer length,
        @Nullable @Size(max = 6) List<@NotNull @UnLanguage String> interpretation,
        @Nullable Boolean stepFree,
        @Nullable Boolean hybrid,
        @NotEmpty @Size(max = 14) List<@NotNull LocalDate> days,
        @Nullable @Size(max = 14) List<@NotNull LocalDate> preferredDays) {

    @AssertTrue(message = "preferred days are among the days its convenors can attend")
    public boolean isPreferredDaysAvailable() {
        return preferredDays == null || days == null || days.containsAll(preferredDays);
    }

    public WorkshopDetails details() {
        return new WorkshopDetails(
                title.strip(),
                description.strip(),
                theme.strip(),
                issueIds == null ? List.of() : issueIds.stream().distinct().toList(),
                attendance,
                length,
                interpretation == null
                        ? List.of()
                        : interpretation.stream().distinct().toList(),
                Boolean.TRUE.equals(stepFree),
                Boolean.TRUE.equals(hybrid),
                days.stream().distinct().sorted().toList(),
                preferredDays == null
                        ? List.of()
                        : preferredDays.stream().distinct().sorted().toList());
    }

    public List<String> invited() {
        return invite == null ? List.of() : invite;
    }
}
