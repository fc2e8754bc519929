package org.wsis.convening.outcome.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ConveningEvent;
import org.wsis.contracts.convening.ConveningItemEvent.ItemKind;
import org.wsis.contracts.convening.ConveningItemPublished;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.convening.ConveningItemWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.publication.domain.Decisions;
import org.wsis.convening.publication.domain.Publication;
import org.wsis.convening.publication.domain.PublicationStatus;

/**
 * The outcome of one workshop (its id is the workshop's), written together by the managers of the
 * convenors holding it and moderated before it is public, like an issue. It keeps the workshop's theme,
 * title and venue as they were, so that a theme's page gathers the challenges of every year.
 */
public final class WorkshopOutcome {

    /** Everything stored about an outcome; replaced, never changed, by each move. */
    public record State(
            String workshopId,
            String title,
            String theme,
            String venue,
            int year,
            String convenor,
            Recipient submittedBy,
            Publication<OutcomeDetails> publication,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Long version) {}

    private State s;
    private final List<ConveningEvent> pendingEvents = new ArrayList<>();

    private WorkshopOutcome(State s) {
        this.s = s;
    }

    public static WorkshopOutcome draft(
            String workshopId,
            String title,
            String theme,
            String venue,
            int year,
            String convenor,
            Recipient by,
            OutcomeDetails details,
            Instant now) {
        return new WorkshopOutcome(new State(
                workshopId, title, theme, venue, year, convenor, by, Publication.draft(details), now, now, null));
    }

    public static WorkshopOutcome restore(State state) {
        return new WorkshopOutcome(state);
    }

    public State state() {
        return s;
    }

    public String workshopId() {
        return s.workshopId();
    }

    public @Nullable Long version() {
        return s.version();
    }

    public Publication<OutcomeDetails> publication() {
        return s.publication();
    }

    public void edit(OutcomeDetails details, Recipient by, Instant now) {
        move(s.publication().edit(details), by, now);
    }

    public void submit(Recipient by, List<String> managerIds, Instant now) {
        move(s.publication().submit(), by, now);
        pendingEvents.add(new ConveningItemSubmitted(
                UUID.randomUUID(),
                now,
                ItemKind.OUTCOME,
                s.workshopId(),
                s.publication().revision(),
                s.title(),
                s.convenor(),
                s.publication().working().challenges().stream()
                        .flatMap(c -> c.actionLines().stream())
                        .distinct()
                        .sorted()
                        .toList(),
                by,
                managerIds));
    }

    public void withdraw(Recipient by, Instant now) {
        move(s.publication().withdraw(), by, now);
        pendingEvents.add(new ConveningItemWithdrawn(
                UUID.randomUUID(),
                now,
                ItemKind.OUTCOME,
                s.workshopId(),
                s.publication().revision(),
                s.title(),
                by));
    }

    /** Applies a moderator's decision; false, changing nothing, when it does not fit (see {@link Publication}). */
    public boolean apply(ModerationDecided decision, Instant now) {
        var decided = s.publication().decide(decision, now);
        if (decided.isEmpty()) {
            return false;
        }
        move(decided.get(), s.submittedBy(), now);
        if (decided.get().status() == PublicationStatus.PUBLISHED) {
            pendingEvents.add(new ConveningItemPublished(
                    UUID.randomUUID(),
                    now,
                    ItemKind.OUTCOME,
                    s.workshopId(),
                    s.publication().revision(),
                    s.title(),
                    s.convenor(),
                    s.submittedBy()));
        } else {
            pendingEvents.add(Decisions.returned(
                    ItemKind.OUTCOME, s.workshopId(), s.publication(), s.title(), s.submittedBy(), now));
        }
        return true;
    }

    /** Its submitter erased their account: it stays, submitted by {@code pseudonym}. */
    public boolean submitterErased(String accountId, Recipient pseudonym, Instant now) {
        if (!s.submittedBy().userId().equals(accountId)) {
            return false;
        }
        move(s.publication(), pseudonym, now);
        return true;
    }

    /** The events caused since this one was loaded, in order. */
    public List<ConveningEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    private void move(Publication<OutcomeDetails> next, Recipient by, Instant now) {
        s = new State(
                s.workshopId(),
                s.title(),
                s.theme(),
                s.venue(),
                s.year(),
                s.convenor(),
                by,
                next,
                s.createdAt(),
                now,
                s.version());
    }
}
