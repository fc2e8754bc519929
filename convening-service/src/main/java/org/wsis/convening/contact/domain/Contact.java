package org.wsis.convening.contact.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ContactAccepted;
import org.wsis.contracts.convening.ContactRequested;
import org.wsis.contracts.convening.ConveningEvent;

/**
 * A request of one convenor to connect with another about one of the other's issues, and its answer. There
 * is one per pair of convenors at a time (its id is the pair's), so a pair never has two requests open.
 *
 * <p>Only an acceptance is told as such: the asker sees a declined request as waiting until it expires, as
 * an unanswered one does, and a request to a convenor that blocked the asker is declined at once, silently.
 * An expired request (waiting, or declined, for longer than the expiry) may be made again; an accepted one
 * stays.
 */
public final class Contact {

    /** Where a request stands, as stored; the asker is shown {@link #shownToAsker}. */
    public enum Status {
        PENDING,
        ACCEPTED,
        DECLINED
    }

    /** Everything stored about a request; replaced, never changed, by each move. */
    public record State(
            String id,
            String fromConvenorId,
            String fromConvenor,
            String toConvenorId,
            String toConvenor,
            String issueId,
            String issueTitle,
            String message,
            Recipient askedBy,
            Status status,
            boolean blocked,
            Instant requestedAt,
            @Nullable Instant answeredAt,
            @Nullable Long version) {}

    /** The request as it is about to be made: who asks whom, about which issue, with what message. */
    public record Request(
            String fromConvenorId,
            String fromConvenor,
            String toConvenorId,
            String toConvenor,
            String issueId,
            String issueTitle,
            String message,
            Recipient askedBy) {}

    private State s;
    private final List<ConveningEvent> pendingEvents = new ArrayList<>();

    private Contact(State s) {
        this.s = s;
    }

    public static Contact restore(State state) {
        return new Contact(state);
    }

    /** The id of the pair of convenors, the same whichever asks. */
    public static String pairOf(String a, String b) {
        return a.compareTo(b) < 0 ? a + "_" + b : b + "_" + a;
    }

    /**
     * A new request. {@code askedManagers} are written to, unless the asked convenor has {@code blocked}
     * the asker: then it is declined at once and nothing is announced.
     */
    public static Contact request(Request r, List<Recipient> askedManagers, boolean blocked, Instant now) {
        requireTwoConvenors(r.fromConvenorId(), r.toConvenorId());
        Contact contact = new Contact(null);
        contact.start(r, askedManagers, blocked, now);
        return contact;
    }

    /** A convenor does not ask itself. */
    public static void requireTwoConvenors(String from, String to) {
        if (from.equals(to)) {
            throw new ContactRefused("own-convenor", "A convenor does not ask itself to connect.");
        }
    }

    /**
     * A new request of the pair in place of this one, when it no longer stands: expired, or declined by the
     * convenor now asking (who knows of it). A request still waiting, or declined by the other side, refuses
     * it as waiting, so that the asker never learns of a decline or a block; an accepted one, as connected.
     */
    public void renew(Request r, List<Recipient> askedManagers, boolean blocked, Duration expiry, Instant now) {
        requireTwoConvenors(r.fromConvenorId(), r.toConvenorId());
        boolean declinedByTheAsker =
                s.status() == Status.DECLINED && r.fromConvenorId().equals(s.toConvenorId());
        if (isOpen(expiry, now) && !declinedByTheAsker) {
            if (status() == Status.ACCEPTED) {
                throw new ContactRefused("already-connected", "These convenors are already in touch.");
            }
            boolean sameAsker = r.fromConvenorId().equals(s.fromConvenorId());
            throw new ContactRefused(
                    "request-pending",
                    sameAsker
                            ? "Your request to this convenor is still waiting for an answer."
                            : "This convenor has asked you to connect: answer their request instead.");
        }
        start(r, askedManagers, blocked, now);
    }

    private void start(Request r, List<Recipient> askedManagers, boolean blocked, Instant now) {
        s = new State(
                pairOf(r.fromConvenorId(), r.toConvenorId()),
                r.fromConvenorId(),
                r.fromConvenor(),
                r.toConvenorId(),
                r.toConvenor(),
                r.issueId(),
                r.issueTitle(),
                r.message(),
                r.askedBy(),
                blocked ? Status.DECLINED : Status.PENDING,
                blocked,
                now,
                blocked ? now : null,
                s == null ? null : s.version());
        if (!blocked) {
            pendingEvents.add(new ContactRequested(
                    UUID.randomUUID(),
                    now,
                    s.id(),
                    r.fromConvenorId(),
                    r.fromConvenor(),
                    r.toConvenorId(),
                    r.toConvenor(),
                    r.issueId(),
                    r.issueTitle(),
                    r.message(),
                    askedManagers));
        }
    }

    /** Accepted, or waiting (or declined) for less than {@code expiry}: no new request for this pair. */
    public boolean isOpen(Duration expiry, Instant now) {
        return s.status() == Status.ACCEPTED || s.requestedAt().plus(expiry).isAfter(now);
    }

    /** What the asker is shown: an acceptance, else waiting until it expires (a decline is not told). */
    public String shownToAsker(Duration expiry, Instant now) {
        if (s.status() == Status.ACCEPTED) {
            return Status.ACCEPTED.name();
        }
        return isOpen(expiry, now) ? Status.PENDING.name() : "EXPIRED";
    }

    /**
     * What one of the two convenors is shown: the asker, {@link #shownToAsker}; the asked convenor, its own
     * answer, or {@code EXPIRED} for a request it let expire. Empty for a request the asked convenor never
     * saw (declined at once by its block).
     */
    public java.util.Optional<String> shownTo(String convenorId, Duration expiry, Instant now) {
        if (s.fromConvenorId().equals(convenorId)) {
            return java.util.Optional.of(shownToAsker(expiry, now));
        }
        if (s.blocked()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                s.status() == Status.PENDING && !isOpen(expiry, now)
                        ? "EXPIRED"
                        : s.status().name());
    }

    /** Waiting for the asked convenor's answer, as its managers see it. */
    public boolean awaitsAnswer(Duration expiry, Instant now) {
        return s.status() == Status.PENDING && isOpen(expiry, now);
    }

    /** The asked convenor accepts: both learn the other's contact details, which the event carries. */
    public void accept(ContactAccepted.Party from, ContactAccepted.Party to, Duration expiry, Instant now) {
        requireAwaitingAnswer(expiry, now);
        s = answered(Status.ACCEPTED, now);
        pendingEvents.add(new ContactAccepted(UUID.randomUUID(), now, s.id(), s.issueTitle(), from, to));
    }

    /** The asked convenor declines; the asker is not told. */
    public void decline(Duration expiry, Instant now) {
        requireAwaitingAnswer(expiry, now);
        s = answered(Status.DECLINED, now);
    }

    /** The person who asked erased their account: the request names {@code replacement} instead. */
    public boolean askerErased(String accountId, Recipient replacement) {
        if (!s.askedBy().userId().equals(accountId)) {
            return false;
        }
        s = new State(
                s.id(),
                s.fromConvenorId(),
                s.fromConvenor(),
                s.toConvenorId(),
                s.toConvenor(),
                s.issueId(),
                s.issueTitle(),
                s.message(),
                replacement,
                s.status(),
                s.blocked(),
                s.requestedAt(),
                s.answeredAt(),
                s.version());
        return true;
    }

    private void requireAwaitingAnswer(Duration expiry, Instant now) {
        if (!awaitsAnswer(expiry, now)) {
            throw new ContactRefused("not-pending", "This request is not waiting for an answer.");
        }
    }

    private State answered(Status status, Instant now) {
        return new State(
                s.id(),
                s.fromConvenorId(),
                s.fromConvenor(),
                s.toConvenorId(),
                s.toConvenor(),
                s.issueId(),
                s.issueTitle(),
                s.message(),
                s.askedBy(),
                status,
                s.blocked(),
                s.requestedAt(),
                now,
                s.version());
    }

    public State state() {
        return s;
    }

    public String id() {
        return s.id();
    }

    public Status status() {
        return s.status();
    }

    public @Nullable Long version() {
        return s.version();
    }

    /** The events caused since this request was loaded, in order. */
    public List<ConveningEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
