package org.wsis.notification;

import org.junit.jupiter.api.Test;
import org.wsis.architecture.ArchitectureRules;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ArchitectureRules.noImportsOfOtherServices("org.wsis.notification");
    }

    @Test
    void keepsItsDomainFreeOfSpringMongoAndKafka() {
        ArchitectureRules.domainIsPlainJava("org.wsis.notification");
    }

    @Test
    void itsFeaturesFormNoCycles() {
        ArchitectureRules.featuresFormNoCycles("org.wsis.notification");
    }

    @Test
    void itsWebAndMessagingAdaptersNeverTouchMongo() {
        ArchitectureRules.adaptersNeverTouchMongo("org.wsis.notification");
    }

    @Test
    void onlyItsStoresTouchMongo() {
        ArchitectureRules.onlyMongoAdaptersTouchMongo("org.wsis.notification");
    }

    @Test
    void onlyItsWebAdaptersSpeakHttp() {
        ArchitectureRules.onlyWebAdaptersSpeakHttp("org.wsis.notification");
    }

    @Test
    void itsControllersLiveInWebPackages() {
        ArchitectureRules.controllersLiveInWebPackages("org.wsis.notification");
    }

    @Test
    void itsStreamConsumersLiveInMessagingPackagesNamedAfterTheirStreams() {
        ArchitectureRules.streamConsumersLiveInMessagingPackages("org.wsis.notification");
    }

    @Test
    void itsOutboxIsDeclaredOnceAtItsRoot() {
        ArchitectureRules.outboxIsDeclaredAtTheRoot("org.wsis.notification");
    }

    @Test
    void itsBackgroundWorkRunsOnTheKitsLoop() {
        ArchitectureRules.backgroundWorkRunsOnTheKitsLoop("org.wsis.notification");
    }
}
