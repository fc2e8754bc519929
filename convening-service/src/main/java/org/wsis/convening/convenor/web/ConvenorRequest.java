package org.wsis.convening.convenor.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.convening.convenor.domain.ConvenorDetails;
import org.wsis.servicekit.web.FieldRules.KnownCountry;
import org.wsis.servicekit.web.FieldRules.MaxWords;
import org.wsis.servicekit.web.FieldRules.OneOf;
import org.wsis.servicekit.web.FieldRules.WebAddress;

/** A convenor's profile as its managers write it; every broken rule is reported, field by field. */
public record ConvenorRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @OneOf(StakeholderType.class) String stakeholderType,
        @NotBlank @KnownCountry String country,
        @Nullable @Size(max = 2000) @WebAddress String website,

        @Nullable @Size(max = 20)
        List<
                        @NotNull
                        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code, such as en or fr")
                        String>
                languages,

        @NotBlank @Size(max = 6000) @MaxWords(600) String description,
        @NotNull @Valid ContactRequest contact) {

    /** Private contact details, shown only to managers and accepted contacts. */
    public record ContactRequest(
            @NotBlank @Size(max = 200) String name,

            @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
            String email,

            @Nullable @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]*", message = "must be a telephone number")
            String phone) {}

    ConvenorDetails details() {
        return new ConvenorDetails(
                name.strip(),
                StakeholderType.valueOf(stakeholderType),
                country,
                website == null || website.isBlank() ? null : website.strip(),
                languages == null ? List.of() : languages.stream().distinct().toList(),
                description.strip(),
                new ConvenorDetails.Contact(
                        contact.name().strip(),
                        contact.email().strip(),
                        contact.phone() == null || contact.phone().isBlank()
                                ? null
                                : contact.phone().strip()));
    }
}
