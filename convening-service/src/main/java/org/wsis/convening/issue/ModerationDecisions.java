package org.wsis.convening.issue;

import org.springframework.stereotype.Service;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.convenor.ConvenorService;

/** A moderator's decision, applied to the profile or the issue it names (any other subject is not ours). */
@Service
public class ModerationDecisions {

    private final ConvenorService convenors;
    private final IssueService issues;

    public ModerationDecisions(ConvenorService convenors, IssueService issues) {
        this.convenors = convenors;
        this.issues = issues;
    }

    public void on(ModerationDecided decision) {
        convenors.on(decision);
        issues.on(decision);
    }
}
