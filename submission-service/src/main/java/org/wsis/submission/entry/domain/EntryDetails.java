package org.wsis.submission.entry.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.reference.Countries;
import org.wsis.contracts.reference.GdcObjective;
import org.wsis.contracts.reference.ItuRegion;
import org.wsis.contracts.reference.StakeholderType;

/**
 * What the owner writes about their activity. Checked field by field at the edge; the record re-checks
 * what the aggregate relies on. Text is kept exactly as written and never interpreted as markup.
 *
 * @param endDate null while the activity is ongoing
 */
public record EntryDetails(
        String title,
        String organisation,
        StakeholderType stakeholderType,
        String country,
        List<ActionLine> actionLines,
        List<Integer> sdgs,
        List<GdcObjective> gdcObjectives,
        String shortDescription,
        String fullDescription,
        Impact impact,
        String partnerships,
        String challenges,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String website,
        @Nullable String contactEmail,
        List<String> languages,
        List<String> keywords) {

    /** The short description a prize nomination needs, in words. */
    public static final int PRIZE_READY_MIN_WORDS = 150;

    public static final int SHORT_DESCRIPTION_MAX_WORDS = 200;

    /** Economic, social and environmental impact; each may be empty. */
    public record Impact(String economic, String social, String environmental) {
        public static final Impact NONE = new Impact("", "", "");

        boolean isComplete() {
            return !economic.isBlank() && !social.isBlank() && !environmental.isBlank();
        }
    }

    public EntryDetails {
        actionLines = List.copyOf(actionLines);
        sdgs = List.copyOf(sdgs);
        gdcObjectives = List.copyOf(gdcObjectives);
        languages = List.copyOf(languages);
        keywords = List.copyOf(keywords);
        if (title.isBlank()) {
            throw new EntryRuleViolation("title-required", "An entry needs a title.");
        }
        if (actionLines.isEmpty()) {
            throw new EntryRuleViolation("action-line-required", "An entry advances at least one WSIS Action Line.");
        }
        if (!Countries.isKnown(country)) {
            throw new EntryRuleViolation("unknown-country", "There is no country " + country + ".");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new EntryRuleViolation("end-before-start", "An activity cannot end before it starts.");
        }
    }

    /** The same details without the contact address when it is {@code email} (any letter case). */
    public EntryDetails withoutContact(String email) {
        if (contactEmail == null || email.isBlank() || !contactEmail.strip().equalsIgnoreCase(email.strip())) {
            return this;
        }
        return new EntryDetails(
                title,
                organisation,
                stakeholderType,
                country,
                actionLines,
                sdgs,
                gdcObjectives,
                shortDescription,
                fullDescription,
                impact,
                partnerships,
                challenges,
                startDate,
                endDate,
                website,
                null,
                languages,
                keywords);
    }

    /** Derived from the country. */
    public ItuRegion region() {
        return Countries.byCode(country).orElseThrow().region();
    }

    public boolean ongoing() {
        return endDate == null;
    }

    public int shortDescriptionWords() {
        return wordCount(shortDescription);
    }

    /**
     * Complete enough to be nominated for a WSIS Prize: a short description of 150-200 words, impact of
     * all three kinds, partnerships, challenges and a website.
     */
    public boolean prizeReady() {
        int words = shortDescriptionWords();
        return words >= PRIZE_READY_MIN_WORDS
                && words <= SHORT_DESCRIPTION_MAX_WORDS
                && impact.isComplete()
                && !partnerships.isBlank()
                && !challenges.isBlank()
                && website != null;
    }

    public static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
