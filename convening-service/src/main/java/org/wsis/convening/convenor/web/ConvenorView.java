package org.wsis.convening.convenor.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.domain.ConvenorDetails;
import org.wsis.convening.publication.domain.Publication;

/**
 * A convenor as answered: the public sees the published profile without its contact details; its managers
 * see the revision they work on, with the contact details, the managers and the open invitations.
 */
public record ConvenorView(
        String id,
        String name,
        String stakeholderType,
        String country,
        String region,
        @Nullable String website,
        List<String> languages,
        String description,
        @Nullable Contact contact,
        String status,
        int revision,
        int publishedRevision,
        @Nullable String messageFromModerator,
        @Nullable Instant publishedAt,
        @Nullable List<Manager> managers,
        @Nullable List<String> invited) {

    /** How to reach the convenor: for its managers only (accepted contacts see it on the contact). */
    public record Contact(
            String name, String email, @Nullable String phone) {}

    /** Someone who manages the convenor. */
    public record Manager(String name, String email) {}

    public static ConvenorView forPublic(Convenor convenor) {
        Publication<ConvenorDetails> p = convenor.publication();
        ConvenorDetails d = p.publicDetails().orElseThrow();
        return new ConvenorView(
                convenor.id(),
                d.name(),
                d.stakeholderType().name(),
                d.country(),
                d.region().name(),
                d.website(),
                d.languages(),
                d.description(),
                null,
                "PUBLISHED",
                p.publishedRevision(),
                p.publishedRevision(),
                null,
                p.publishedAt(),
                null,
                null);
    }

    /**
     * What a moderator reviews, and what an invited person sees of a convenor not yet public: the working
     * revision, without the private contact details or managers.
     */
    public static ConvenorView forModerator(Convenor convenor) {
        ConvenorView full = forManager(convenor);
        return new ConvenorView(
                full.id(),
                full.name(),
                full.stakeholderType(),
                full.country(),
                full.region(),
                full.website(),
                full.languages(),
                full.description(),
                null,
                full.status(),
                full.revision(),
                full.publishedRevision(),
                full.messageFromModerator(),
                full.publishedAt(),
                null,
                null);
    }

    public static ConvenorView forManager(Convenor convenor) {
        Publication<ConvenorDetails> p = convenor.publication();
        ConvenorDetails d = p.working();
        return new ConvenorView(
                convenor.id(),
                d.name(),
                d.stakeholderType().name(),
                d.country(),
                d.region().name(),
                d.website(),
                d.languages(),
                d.description(),
                new Contact(d.contact().name(), d.contact().email(), d.contact().phone()),
                p.status().name(),
                p.revision(),
                p.publishedRevision(),
                p.messageFromModerator(),
                p.publishedAt(),
                convenor.managers().stream()
                        .map(m -> new Manager(m.displayName(), m.email()))
                        .toList(),
                convenor.invited());
    }
}
