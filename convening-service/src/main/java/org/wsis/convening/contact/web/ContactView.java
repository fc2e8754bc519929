package org.wsis.convening.contact.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.convenor.domain.ConvenorDetails;

/**
 * A request to connect as one of its two convenors sees it. {@code direction} is {@code MADE} or {@code
 * RECEIVED}; {@code status} is what that side may know ({@code PENDING}, {@code ACCEPTED}, {@code EXPIRED},
 * and for the asked side {@code DECLINED}); {@code contact} holds the other convenor's contact details once
 * accepted, never before.
 */
public record ContactView(
        String id,
        String direction,
        String otherConvenorId,
        String otherConvenor,
        String issueId,
        String issueTitle,
        String message,
        String status,
        Instant requestedAt,
        @Nullable Contact contact) {

    /** The other convenor's contact details. */
    public record Contact(
            String name, String email, @Nullable String phone) {}

    static ContactView of(
            org.wsis.convening.contact.domain.Contact request,
            String viewer,
            String status,
            ConvenorDetails.@Nullable Contact otherDetails) {
        org.wsis.convening.contact.domain.Contact.State s = request.state();
        boolean made = s.fromConvenorId().equals(viewer);
        boolean accepted = request.status() == org.wsis.convening.contact.domain.Contact.Status.ACCEPTED;
        return new ContactView(
                s.id(),
                made ? "MADE" : "RECEIVED",
                made ? s.toConvenorId() : s.fromConvenorId(),
                made ? s.toConvenor() : s.fromConvenor(),
                s.issueId(),
                s.issueTitle(),
                s.message(),
                status,
                s.requestedAt(),
                accepted && otherDetails != null
                        ? new Contact(otherDetails.name(), otherDetails.email(), otherDetails.phone())
                        : null);
    }
}
