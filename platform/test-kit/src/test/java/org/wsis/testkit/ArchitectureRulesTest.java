package org.wsis.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rules catch what they are for, and refuse to pass when they have nothing to check. */
class ArchitectureRulesTest {

    private static final JavaClasses LEAKY = new ClassFileImporter().importPackages("org.wsis.moderation.leaky");

    @Test
    void aDomainTypeUsingSpringBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.domainIsPlainJava("org.wsis.moderation", LEAKY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyDomainType")
                .hasMessageContaining("org.springframework.util.Assert");
    }

    @Test
    void aServiceUsingAnotherServicesClassBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.noImportsOfOtherServices("org.wsis.moderation", LEAKY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SubmissionThing");
    }

    @Test
    void aRuleWithNothingToCheckFailsInsteadOfPassing() {
        assertThatThrownBy(() -> ArchitectureRules.domainIsPlainJava("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.noImportsOfOtherServices("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
    }
}
