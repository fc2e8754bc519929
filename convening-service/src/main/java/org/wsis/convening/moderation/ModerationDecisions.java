package org.wsis.convening.moderation;

import org.springframework.stereotype.Service;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.calendar.EventService;
import org.wsis.convening.convenor.ConvenorService;
import org.wsis.convening.issue.IssueService;
import org.wsis.convening.outcome.OutcomeService;
import org.wsis.convening.workshop.WorkshopService;

/** A moderator's decision, applied to the profile, issue, calendar event, workshop or workshop's outcome it names (any other subject is not ours). */
@Service
public class ModerationDecisions {

    private final ConvenorService convenors;
    private final IssueService issues;
    private final EventService events;
    private final WorkshopService workshops;
    private final OutcomeService outcomes;

    public ModerationDecisions(
            ConvenorService convenors,
            IssueService issues,
            EventService events,
            WorkshopService workshops,
            OutcomeService outcomes) {
        this.convenors = convenors;
        this.issues = issues;
        this.events = events;
        this.workshops = workshops;
        this.outcomes = outcomes;
    }

    public void on(ModerationDecided decision) {
        convenors.on(decision);
        issues.on(decision);
        events.on(decision);
        workshops.on(decision);
        outcomes.on(decision);
    }
}
