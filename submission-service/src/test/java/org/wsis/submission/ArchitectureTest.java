package org.wsis.submission;

import org.junit.jupiter.api.Test;
import org.wsis.testkit.ArchitectureRules;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ArchitectureRules.noImportsOfOtherServices("org.wsis.submission");
    }

    @Test
    void keepsItsDomainFreeOfSpringMongoAndKafka() {
        ArchitectureRules.domainIsPlainJava("org.wsis.submission");
    }
}
