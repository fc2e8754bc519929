package org.wsis.convening.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.ItemKind;

class PublicationTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

    private static ModerationDecided decision(int revision, Decision decision, ItemKind kind) {
        return new ModerationDecided(
                UUID.randomUUID(),
                NOW,
                "item",
                ModerationDecided.SubjectType.CONVENOR_ISSUE,
                "issue-1",
                revision,
                decision,
                decision == Decision.APPROVED ? "MEETS_GUIDELINES" : "INCOMPLETE",
                decision == Decision.APPROVED ? null : "Say more about who takes part.",
                "mod-omar",
                kind);
    }

    private static Publication<String> published(String text) {
        return Publication.draft(text)
                .submit()
                .decide(decision(1, Decision.APPROVED, ItemKind.REVIEW), NOW)
                .orElseThrow();
    }

    @Test
    void aDraftIsNotPublicAndApprovalOfItsRevisionPublishesIt() {
        Publication<String> submitted = Publication.draft("first words").submit();

        assertThat(submitted.isPublic()).isFalse();
        assertThat(submitted.revision()).isEqualTo(1);
        Publication<String> approved = submitted
                .decide(decision(1, Decision.APPROVED, ItemKind.REVIEW), NOW)
                .orElseThrow();
        assertThat(approved.publicDetails()).contains("first words");
        assertThat(approved.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(approved.publishedAt()).isEqualTo(NOW);
    }

    @Test
    void aDecisionOnAnotherRevisionOrAlreadyAppliedChangesNothing() {
        Publication<String> submitted = Publication.draft("words").submit();

        assertThat(submitted.decide(decision(2, Decision.APPROVED, ItemKind.REVIEW), NOW))
                .isEmpty();
        Publication<String> approved = submitted
                .decide(decision(1, Decision.APPROVED, ItemKind.REVIEW), NOW)
                .orElseThrow();
        assertThat(approved.decide(decision(1, Decision.REJECTED, ItemKind.REVIEW), NOW))
                .isEmpty();
        assertThat(approved.decide(decision(1, Decision.APPROVED, ItemKind.FLAGGED), NOW))
                .isEmpty();
    }

    @Test
    void aChangeToAPublishedItemKeepsThePublishedRevisionOnlineUntilApproved() {
        Publication<String> editing = published("online words").edit("better words");

        assertThat(editing.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(editing.publicDetails()).contains("online words");
        Publication<String> rejected = editing.submit()
                .decide(decision(2, Decision.REJECTED, ItemKind.REVIEW), NOW)
                .orElseThrow();
        assertThat(rejected.publicDetails()).contains("online words");
        assertThat(rejected.messageFromModerator()).isEqualTo("Say more about who takes part.");
        Publication<String> approved = rejected.edit("best words")
                .submit()
                .decide(decision(3, Decision.APPROVED, ItemKind.REVIEW), NOW)
                .orElseThrow();
        assertThat(approved.publicDetails()).contains("best words");
        assertThat(approved.publishedRevision()).isEqualTo(3);
    }

    @Test
    void anAppealAppliesToARejectedRevisionOnly() {
        Publication<String> rejected = Publication.draft("words")
                .submit()
                .decide(decision(1, Decision.REJECTED, ItemKind.REVIEW), NOW)
                .orElseThrow();

        assertThat(rejected.isPublic()).isFalse();
        assertThat(rejected.decide(decision(1, Decision.APPROVED, ItemKind.APPEAL), NOW)
                        .orElseThrow()
                        .isPublic())
                .isTrue();
        assertThat(Publication.draft("words").submit().decide(decision(1, Decision.APPROVED, ItemKind.APPEAL), NOW))
                .isEmpty();
    }

    @Test
    void illegalMovesAreRefusedByName() {
        Publication<String> submitted = Publication.draft("words").submit();

        assertThatThrownBy(() -> submitted.edit("other"))
                .isInstanceOf(PublicationRefused.class)
                .extracting(e -> ((PublicationRefused) e).code())
                .isEqualTo("not-editable");
        assertThatThrownBy(submitted::submit)
                .extracting(e -> ((PublicationRefused) e).code())
                .isEqualTo("not-submittable");
        Publication<String> withdrawn = published("words").withdraw();
        assertThat(withdrawn.isPublic()).isFalse();
        assertThatThrownBy(withdrawn::withdraw)
                .extracting(e -> ((PublicationRefused) e).code())
                .isEqualTo("already-withdrawn");
    }
}
