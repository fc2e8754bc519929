package org.wsis.community;

import org.junit.jupiter.api.Test;
import org.wsis.architecture.ArchitectureRules;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ArchitectureRules.noImportsOfOtherServices("org.wsis.community");
    }

    @Test
    void keepsItsDomainFreeOfSpringMongoAndKafka() {
        ArchitectureRules.domainIsPlainJava("org.wsis.community");
    }

    @Test
    void itsFeaturesFormNoCycles() {
        ArchitectureRules.featuresFormNoCycles("org.wsis.community");
    }

    @Test
    void itsWebAndMessagingAdaptersNeverTouchMongo() {
        ArchitectureRules.adaptersNeverTouchMongo("org.wsis.community");
    }

    @Test
    void onlyItsStoresTouchMongo() {
        ArchitectureRules.onlyMongoAdaptersTouchMongo("org.wsis.community");
    }

    @Test
    void onlyItsWebAdaptersSpeakHttp() {
        ArchitectureRules.onlyWebAdaptersSpeakHttp("org.wsis.community");
    }

    @Test
    void itsControllersLiveInWebPackages() {
        ArchitectureRules.controllersLiveInWebPackages("org.wsis.community");
    }

    @Test
    void itsStreamConsumersLiveInMessagingPackagesNamedAfterTheirStreams() {
        ArchitectureRules.streamConsumersLiveInMessagingPackages("org.wsis.community");
    }

    @Test
    void itsOutboxIsDeclaredOnceAtItsRoot() {
        ArchitectureRules.outboxIsDeclaredAtTheRoot("org.wsis.community");
    }

    @Test
    void itsBackgroundWorkRunsOnTheKitsLoop() {
        ArchitectureRules.backgroundWorkRunsOnTheKitsLoop("org.wsis.community");
    }
}
