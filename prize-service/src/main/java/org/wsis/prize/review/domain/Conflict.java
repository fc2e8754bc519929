package org.wsis.prize.review.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Why an expert may not review a nomination: it is their own, or their organisation's. Such a
 * nomination is recused on the expert's behalf, with {@link #reason()} as the recorded reason.
 */
public enum Conflict {
    /** The expert nominated it. */
    OWN_NOMINATION("Own nomination"),
    /** It competes for the organisation the expert works for. */
    SAME_ORGANISATION("Same organisation");

    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private final String reason;

    Conflict(String reason) {
        this.reason = reason;
    }

    /** The reason recorded with the recusal, as admins read it. */
    public String reason() {
        return reason;
    }

    /**
     * The conflict between an expert and a nomination, if any. Organisations are compared as people
     * write them: letter case and runs of spaces do not matter.
     */
    public static Optional<Conflict> between(Expert expert, String nominationOwnerId, String nominationOrganisation) {
        if (expert.userId().equals(nominationOwnerId)) {
            return Optional.of(OWN_NOMINATION);
        }
        String own = normalised(expert.organisation());
        if (!own.isEmpty() && own.equals(normalised(nominationOrganisation))) {
            return Optional.of(SAME_ORGANISATION);
        }
        return Optional.empty();
    }

    static String normalised(@Nullable String organisation) {
        return organisation == null
                ? ""
                : SPACES.matcher(organisation.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
