package org.wsis.convening.convenor.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.reference.Countries;
import org.wsis.contracts.reference.ItuRegion;
import org.wsis.contracts.reference.StakeholderType;

/**
 * Who a convenor is, as its managers describe it. {@code contact} is private: shown to its managers and to
 * the convenors they accept as contacts, never to the public nor to moderators.
 *
 * @param name the organisation's name
 * @param country ISO 3166-1 alpha-2; the ITU region is derived from it
 * @param languages ISO 639 codes of the languages it works in
 */
public record ConvenorDetails(
        String name,
        StakeholderType stakeholderType,
        String country,
        @Nullable String website,
        List<String> languages,
        String description,
        Contact contact) {

    public ConvenorDetails {
        languages = List.copyOf(languages);
    }

    /** How to reach the convenor, for its managers and accepted contacts only. */
    public record Contact(
            String name, String email, @Nullable String phone) {

        /** No contact: the person who was it erased their account; a manager gives a new one. */
        public static final Contact NONE = new Contact("", "", null);
    }

    /** The same details without a contact that was {@code email}'s: it is that person's data, not the convenor's. */
    public ConvenorDetails withoutContact(String email) {
        if (!contact.email().equalsIgnoreCase(email)) {
            return this;
        }
        return new ConvenorDetails(name, stakeholderType, country, website, languages, description, Contact.NONE);
    }

    public ItuRegion region() {
        return Countries.byCode(country).orElseThrow().region();
    }
}
