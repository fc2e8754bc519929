package org.wsis.moderation;

import org.junit.jupiter.api.Test;
import org.wsis.testkit.ArchitectureRules;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ArchitectureRules.noImportsOfOtherServices("org.wsis.moderation");
    }

    @Test
    void keepsItsDomainFreeOfSpringMongoAndKafka() {
        ArchitectureRules.domainIsPlainJava("org.wsis.moderation");
    }
}
