package org.wsis.submission.entry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.reference.GdcObjective;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.domain.EntryDetails;

/**
 * An entry as answered over HTTP. Its owner sees the working revision with its status; everyone else
 * sees the published revision, with status {@code PUBLISHED} and without the contact e-mail.
 *
 * @param publishedRevision the revision the public sees, 0 when none
 * @param prizeReady complete enough to be nominated for a WSIS Prize
 */
public record EntryView(
        String id,
        String title,
        String organisation,
        String stakeholderType,
        String country,
        String region,
        List<ActionLine> actionLines,
        List<Integer> sdgs,
        List<GdcObjective> gdcObjectives,
        String shortDescription,
        int shortDescriptionWords,
        String fullDescription,
        EntryDetails.Impact impact,
        String partnerships,
        String challenges,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean ongoing,
        @Nullable String website,
        @Nullable String contactEmail,
        List<String> languages,
        List<String> keywords,
        boolean prizeReady,
        String status,
        int revision,
        int publishedRevision,
        @Nullable String messageFromModerator,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        long version) {

    /** The owner's view: the working revision. */
    public static EntryView forOwner(Entry e) {
        return of(e, e.details(), e.status().name(), e.revision(), e.messageFromModerator(), true);
    }

    /**
     * The public's view: the published revision, without the contact e-mail (personal data is not
     * published); only for an entry that is public.
     */
    public static EntryView forPublic(Entry e) {
        EntryDetails published = e.publicDetails().orElseThrow();
        return of(e, published, "PUBLISHED", e.publishedRevision(), null, false);
    }

    /**
     * The published revision as its owner sees it (with the contact address), whether or not it is in
     * public view now; null when none was ever published or it was taken out of publication.
     */
    public static @Nullable EntryView publishedForOwner(Entry e) {
        EntryDetails published = e.published();
        return published == null ? null : of(e, published, "PUBLISHED", e.publishedRevision(), null, true);
    }

    private static EntryView of(
            Entry e,
            EntryDetails d,
            String status,
            int revision,
            @Nullable String messageFromModerator,
            boolean withContact) {
        return new EntryView(
                e.id(),
                d.title(),
                d.organisation(),
                d.stakeholderType().name(),
                d.country(),
                d.region().name(),
                d.actionLines(),
                d.sdgs(),
                d.gdcObjectives(),
                d.shortDescription(),
                d.shortDescriptionWords(),
                d.fullDescription(),
                d.impact(),
                d.partnerships(),
                d.challenges(),
                d.startDate(),
                d.endDate(),
                d.ongoing(),
                d.website(),
                withContact ? d.contactEmail() : null,
                d.languages(),
                d.keywords(),
                d.prizeReady(),
                status,
                revision,
                e.publishedRevision(),
                messageFromModerator,
                e.createdAt(),
                e.updatedAt(),
                e.publishedAt(),
                e.version() == null ? 0 : e.version());
    }
}
