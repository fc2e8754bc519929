package org.wsis.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The rules catch what they are for, let pass what keeps them, and refuse to pass when they have nothing
 * to check. The fixtures are small packages of this module's tests shaped like a service.
 */
class ArchitectureRulesTest {

    private static final JavaClasses LEAKY = new ClassFileImporter().importPackages("org.wsis.moderation.leaky");
    private static final JavaClasses TANGLED = new ClassFileImporter().importPackages("org.wsis.moderation.tangled");
    private static final JavaClasses TIDY = new ClassFileImporter().importPackages("org.wsis.moderation.tidy");
    private static final JavaClasses ROOTED = new ClassFileImporter().importPackages("org.wsis.moderation.rooted");

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
    void twoFeaturesDependingOnEachOtherBreakTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.featuresFormNoCycles("org.wsis.moderation.tangled", TANGLED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: Slice first")
                .hasMessageContaining("Slice second");
    }

    @Test
    void aFeatureUsingTheRootPackageThatWiresItBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.featuresFormNoCycles("org.wsis.moderation.rooted", ROOTED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Slice feature")
                .hasMessageContaining("root org.wsis.moderation.rooted");
    }

    @Test
    void featuresDependingOneWayKeepTheRule() {
        assertThatCode(() -> ArchitectureRules.featuresFormNoCycles("org.wsis.moderation.tidy", TIDY))
                .doesNotThrowAnyException();
    }

    @Test
    void webOrMessagingAdaptersUsingMongoDbBreakTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.adaptersNeverTouchMongo("org.wsis.moderation.tangled", TANGLED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("TangledController")
                .hasMessageContaining("org.bson.Document")
                .hasMessageContaining("TangledStream")
                .hasMessageContaining("MongoOperations")
                .hasMessageContaining("FirstController");
    }

    @Test
    void aWebAdapterLeavingStorageToItsFeatureKeepsTheRule() {
        assertThatCode(() -> ArchitectureRules.adaptersNeverTouchMongo("org.wsis.moderation.tidy", TIDY))
                .doesNotThrowAnyException();
    }

    @Test
    void anApplicationServiceMappingDocumentsItselfBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.onlyMongoAdaptersTouchMongo("org.wsis.moderation.tangled", TANGLED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SecondRecords")
                .hasMessageContaining("org.springframework.data.mongodb.core.MongoOperations");
    }

    @Test
    void storesInAMongoPackageKeepTheRule() {
        assertThatCode(() -> ArchitectureRules.onlyMongoAdaptersTouchMongo("org.wsis.moderation.tidy", TIDY))
                .doesNotThrowAnyException();
    }

    @Test
    void anApplicationServiceSpeakingHttpBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.onlyWebAdaptersSpeakHttp("org.wsis.moderation.tangled", TANGLED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Refusing")
                .hasMessageContaining("org.springframework.http.HttpStatus");
    }

    @Test
    void aWebAdapterSpeakingHttpKeepsTheRule() {
        assertThatCode(() -> ArchitectureRules.onlyWebAdaptersSpeakHttp("org.wsis.moderation.tidy", TIDY))
                .doesNotThrowAnyException();
    }

    @Test
    void aControllerOutsideAWebPackageBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.controllersLiveInWebPackages("org.wsis.moderation.tangled", TANGLED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FirstController")
                .hasMessageNotContaining("TangledController");
    }

    @Test
    void aControllerInAWebPackageKeepsTheRule() {
        assertThatCode(() -> ArchitectureRules.controllersLiveInWebPackages("org.wsis.moderation.tidy", TIDY))
                .doesNotThrowAnyException();
    }

    @Test
    void aStreamConsumerOutsideMessagingOrNotNamedAfterItsStreamBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.streamConsumersLiveInMessagingPackages(
                        "org.wsis.moderation.tangled", TANGLED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FirstEvents")
                .hasMessageContaining("TangledDecisions")
                .hasMessageNotContaining("TangledStream");
    }

    @Test
    void aStreamConsumerInMessagingNamedAfterItsStreamKeepsTheRule() {
        assertThatCode(() -> ArchitectureRules.streamConsumersLiveInMessagingPackages("org.wsis.moderation.tidy", TIDY))
                .doesNotThrowAnyException();
    }

    @Test
    void anOutboxDeclaredInAFeatureBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.outboxIsDeclaredAtTheRoot("org.wsis.moderation.tangled", TANGLED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FirstEvents");
    }

    @Test
    void anOutboxDeclaredOnceAtTheRootKeepsTheRule() {
        assertThatCode(() -> ArchitectureRules.outboxIsDeclaredAtTheRoot("org.wsis.moderation.tidy", TIDY))
                .doesNotThrowAnyException();
    }

    @Test
    void aScheduledMethodOrAThreadStartedByHandBreaksTheRule() {
        assertThatThrownBy(
                        () -> ArchitectureRules.backgroundWorkRunsOnTheKitsLoop("org.wsis.moderation.tangled", TANGLED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FirstSchedule")
                .hasMessageContaining("org.springframework.scheduling.annotation.Scheduled")
                .hasMessageContaining("a class starting threads of its own");
    }

    @Test
    void noBackgroundWorkOfItsOwnKeepsTheRule() {
        assertThatCode(() -> ArchitectureRules.backgroundWorkRunsOnTheKitsLoop("org.wsis.moderation.tidy", TIDY))
                .doesNotThrowAnyException();
    }

    @Test
    void aRuleWithNothingToCheckFailsInsteadOfPassing() {
        assertThatThrownBy(() -> ArchitectureRules.domainIsPlainJava("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.noImportsOfOtherServices("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.featuresFormNoCycles("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.adaptersNeverTouchMongo("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.onlyMongoAdaptersTouchMongo("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.onlyWebAdaptersSpeakHttp("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.controllersLiveInWebPackages("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.streamConsumersLiveInMessagingPackages("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.outboxIsDeclaredAtTheRoot("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.backgroundWorkRunsOnTheKitsLoop("org.wsis.nosuchservice"))
                .isInstanceOf(AssertionError.class);
    }
}
