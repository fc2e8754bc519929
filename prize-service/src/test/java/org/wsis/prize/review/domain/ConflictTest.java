package org.wsis.prize.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConflictTest {

    private final Expert ministryExpert = new Expert("expert-1", "Omar", " Ministry of\u00a0 Digital  Affairs ");

    @Test
    void anExpertsOwnNominationIsAConflictWhateverItsOrganisation() {
        assertThat(Conflict.between(ministryExpert, "expert-1", "Open Farms")).contains(Conflict.OWN_NOMINATION);
    }

    @Test
    void theirOrganisationsNominationIsAConflictHoweverItsNameIsSpacedOrCapitalised() {
        assertThat(Conflict.between(ministryExpert, "user-amina", "ministry of digital affairs"))
                .contains(Conflict.SAME_ORGANISATION);
        assertThat(Conflict.between(ministryExpert, "user-amina", "MINISTRY OF DIGITAL\tAFFAIRS"))
                .contains(Conflict.SAME_ORGANISATION);
    }

    @Test
    void anotherOrganisationOrAnExpertWithoutOneIsNoConflict() {
        assertThat(Conflict.between(ministryExpert, "user-amina", "Ministry of Digital Affairs and Posts"))
                .isEmpty();
        Expert independent = new Expert("expert-2", "Rita", null);
        assertThat(Conflict.between(independent, "user-amina", "Open Farms")).isEmpty();
        Expert blank = new Expert("expert-3", "Sam", "   ");
        assertThat(Conflict.between(blank, "user-amina", "  "))
                .as("two blanks are not one organisation")
                .isEmpty();
    }
}
