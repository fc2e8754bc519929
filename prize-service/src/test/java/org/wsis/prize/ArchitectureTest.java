package org.wsis.prize;

import org.junit.jupiter.api.Test;
import org.wsis.testkit.ArchitectureRules;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ArchitectureRules.noImportsOfOtherServices("org.wsis.prize");
    }

    @Test
    void keepsItsDomainFreeOfSpringMongoAndKafka() {
        ArchitectureRules.domainIsPlainJava("org.wsis.prize");
    }
}
