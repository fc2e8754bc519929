package org.wsis.prize;

import org.junit.jupiter.api.Test;
import org.wsis.testkit.ArchitectureRules;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ArchitectureRules.noImportsOfOtherServices("org.wsis.prize");
    }

    // No domain package yet: eligibility is a flat projection. The domain rule joins when editions and ballots do.
}
