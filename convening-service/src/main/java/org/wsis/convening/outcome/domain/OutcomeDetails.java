package org.wsis.convening.outcome.domain;

import java.time.LocalDate;
import java.util.List;
import org.wsis.contracts.ActionLine;

/**
 * What a workshop's convenors write of its outcome.
 *
 * @param challenges the key challenges it formulated, each a short statement with the action lines it touches
 * @param agreedBy the convenors (of those holding the workshop) who agreed to them
 * @param followUps the follow-up mechanisms proposed: what, who leads it, by when
 */
public record OutcomeDetails(List<Challenge> challenges, List<String> agreedBy, List<FollowUp> followUps) {

    /** A key challenge. */
    public record Challenge(String statement, List<ActionLine> actionLines) {

        public Challenge {
            actionLines = List.copyOf(actionLines);
        }
    }

    /** A follow-up mechanism: what it is, who leads it, by when. */
    public record FollowUp(String mechanism, String lead, LocalDate by) {}

    public OutcomeDetails {
        challenges = List.copyOf(challenges);
        agreedBy = List.copyOf(agreedBy);
        followUps = List.copyOf(followUps);
    }
}
