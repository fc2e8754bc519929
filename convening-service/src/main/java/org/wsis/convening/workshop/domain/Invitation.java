package org.wsis.convening.workshop.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.reference.StakeholderType;

/** A convenor invited to hold a workshop, and its answer. */
public record Invitation(
        String convenorId,
        String convenor,
        StakeholderType stakeholderType,
        Answer answer,
        Instant invitedAt,
        @Nullable Instant answeredAt) {

    /** Where an invitation stands. */
    public enum Answer {
        WAITING,
        ACCEPTED,
        DECLINED
    }

    public boolean accepted() {
        return answer == Answer.ACCEPTED;
    }

    Invitation answered(boolean accepts, Instant now) {
        return new Invitation(
                convenorId, convenor, stakeholderType, accepts ? Answer.ACCEPTED : Answer.DECLINED, invitedAt, now);
    }
}
