package org.wsis.moderation.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.moderation.ModerationDecided.Decision;

class QueueItemTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static QueueItem aPendingItem() {
        return QueueItem.forEntry("e1", 2, "Rural broadband", "amina", NOW);
    }

    @Test
    void anItemIsIdentifiedByItsEntryAndRevision() {
        assertThat(aPendingItem().id()).isEqualTo("entry:e1:2");
    }

    @Test
    void approvingAnnouncesTheDecisionForTheReviewedRevision() {
        QueueItem item = aPendingItem();

        item.decide("omar", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW);

        assertThat(item.state()).isEqualTo(ItemState.DECIDED);
        assertThat(item.pendingEvents()).singleElement().satisfies(e -> {
            assertThat(e.subjectId()).isEqualTo("e1");
            assertThat(e.subjectRevision()).isEqualTo(2);
            assertThat(e.decision()).isEqualTo(Decision.APPROVED);
            assertThat(e.moderatorId()).isEqualTo("omar");
        });
    }

    @Test
    void rejectingOrAskingForChangesRequiresAMessageToTheAuthor() {
        QueueItem item = aPendingItem();

        assertThatThrownBy(() -> item.decide("omar", Decision.REJECTED, ReasonCode.DUPLICATE, "  ", NOW))
                .isInstanceOfSatisfying(
                        ModerationRefused.class, e -> assertThat(e.code()).isEqualTo("message-required"));
        assertThatThrownBy(() -> item.decide("omar", Decision.CHANGES_REQUESTED, ReasonCode.INCOMPLETE, null, NOW))
                .isInstanceOf(ModerationRefused.class);
        assertThat(item.state()).isEqualTo(ItemState.PENDING);
        assertThat(item.pendingEvents()).isEmpty();
    }

    @Test
    void aDecidedItemCannotBeDecidedAgain() {
        QueueItem item = aPendingItem();
        item.decide("omar", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW);

        assertThatThrownBy(() -> item.decide("lena", Decision.REJECTED, ReasonCode.OTHER, "No", NOW))
                .isInstanceOfSatisfying(
                        ModerationRefused.class, e -> assertThat(e.code()).isEqualTo("not-pending"));
    }

    @Test
    void aWithdrawnEntryClosesOnlyAPendingItem() {
        QueueItem pending = aPendingItem();
        QueueItem decided = aPendingItem();
        decided.decide("omar", Decision.APPROVED, ReasonCode.MEETS_GUIDELINES, null, NOW);

        assertThat(pending.closeBecauseWithdrawn()).isTrue();
        assertThat(pending.state()).isEqualTo(ItemState.CLOSED);
        assertThat(decided.closeBecauseWithdrawn()).isFalse();
        assertThat(decided.state()).isEqualTo(ItemState.DECIDED);
    }
}
