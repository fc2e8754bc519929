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
        DECLINED,
        /** Taken back before it was answered; invited again, it waits again without a second mail. */
        REVOKED
    }

    public boolean accepted() {
        return answer == Answer.ACCEPTED;
    }

    Invitation withAnswer(Answer answer, Instant now) {
        return new Invitation(convenorId, convenor, stakeholderType, answer, invitedAt, now);
    }

    Invitation answered(boolean accepts, Instant now) {
        return new Invitation(
                convenorId, convenor, stakeholderType, accepts ? Answer.ACCEPTED : Answer.DECLINED, invitedAt, now);
    }
}
