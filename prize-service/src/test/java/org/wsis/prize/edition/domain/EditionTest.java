package org.wsis.prize.edition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.prize.EditionPhaseChanged;

class EditionTest {

    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

    private static Edition in(Phase phase) {
        return Edition.restore(2027, EditionRules.DEFAULT, Map.of(), phase, 3L);
    }

    @Test
    void aNewEditionIsInPreparationAndAnnouncesNothingYet() {
        Edition edition = Edition.plan(
                2027,
                EditionRules.DEFAULT,
                Map.of(Phase.SUBMISSION, LocalDate.parse("2027-01-15"), Phase.VOTING, LocalDate.parse("2027-03-01")));

        assertThat(edition.phase()).isEqualTo(Phase.PREPARATION);
        assertThat(edition.version()).isNull();
        assertThat(edition.pendingEvents()).isEmpty();
        assertThat(edition.schedule()).containsEntry(Phase.VOTING, LocalDate.parse("2027-03-01"));
    }

    @Test
    void aScheduleOutOfThePhasesOrderOrAYearOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Edition.plan(
                        2027,
                        EditionRules.DEFAULT,
                        Map.of(
                                Phase.SUBMISSION, LocalDate.parse("2027-03-01"),
                                Phase.EXPERT_REVIEW, LocalDate.parse("2027-03-01"))))
                .isInstanceOfSatisfying(
                        PrizeRuleViolation.class, e -> assertThat(e.code()).isEqualTo("schedule-out-of-order"));
        assertThatThrownBy(() -> Edition.plan(1999, EditionRules.DEFAULT, Map.of()))
                .isInstanceOfSatisfying(
                        PrizeRuleViolation.class, e -> assertThat(e.code()).isEqualTo("bad-year"));
    }

    @Test
    void phasesMoveOneAtATimeAndEachMoveIsAnnounced() {
        Edition edition = in(Phase.PREPARATION);

        edition.advanceTo(Phase.SUBMISSION, NOW);
        edition.advanceTo(Phase.EXPERT_REVIEW, NOW);

        assertThat(edition.phase()).isEqualTo(Phase.EXPERT_REVIEW);
        assertThat(edition.pendingEvents())
                .extracting(e -> ((EditionPhaseChanged) e).phase())
                .containsExactly("SUBMISSION", "EXPERT_REVIEW");
    }

    @Test
    void aPhaseCannotBeSkippedNorGoneBackToNorLeftOnceResultsArePublished() {
        assertThatThrownBy(() -> in(Phase.SUBMISSION).advanceTo(Phase.VOTING, NOW))
                .isInstanceOfSatisfying(
                        PrizeRuleViolation.class, e -> assertThat(e.code()).isEqualTo("illegal-phase-move"));
        assertThatThrownBy(() -> in(Phase.VOTING).advanceTo(Phase.SUBMISSION, NOW))
                .isInstanceOf(PrizeRuleViolation.class);
        Edition published = in(Phase.RESULTS_PUBLISHED);
        assertThatThrownBy(() -> published.advanceTo(Phase.RESULTS_PUBLISHED, NOW))
                .hasMessageContaining("no other phase");
        assertThat(published.pendingEvents()).isEmpty();
    }

    @Test
    void expertsAreAssignedUntilTheReviewEndsAndBallotsReviewedDuringTheVoteAndSelection() {
        assertThatCode(() -> in(Phase.EXPERT_REVIEW).requireExpertAssignmentOpen())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> in(Phase.VOTING).requireExpertAssignmentOpen())
                .isInstanceOfSatisfying(
                        PrizeRuleViolation.class, e -> assertThat(e.code()).isEqualTo("wrong-phase"));

        assertThatCode(() -> in(Phase.VOTING).requireBallotReviewOpen()).doesNotThrowAnyException();
        assertThatCode(() -> in(Phase.SELECTION).requireBallotReviewOpen()).doesNotThrowAnyException();
        assertThatThrownBy(() -> in(Phase.EXPERT_REVIEW).requireBallotReviewOpen())
                .isInstanceOf(PrizeRuleViolation.class);
        assertThatThrownBy(() -> in(Phase.RESULTS_PUBLISHED).requireBallotReviewOpen())
                .isInstanceOf(PrizeRuleViolation.class);
    }

    @Test
    void whatHappensOnlyInOnePhaseIsRefusedInAnyOtherNamingBoth() {
        assertThatCode(() -> in(Phase.SUBMISSION).requirePhase(Phase.SUBMISSION, "Nominations are accepted"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> in(Phase.VOTING).requirePhase(Phase.SUBMISSION, "Nominations are accepted"))
                .hasMessage("Nominations are accepted only during SUBMISSION; the edition 2027 is in VOTING.");
    }
}
