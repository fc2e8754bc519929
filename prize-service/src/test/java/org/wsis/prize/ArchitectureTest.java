package org.wsis.prize;

import org.junit.jupiter.api.Test;
import org.wsis.architecture.ArchitectureRules;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ArchitectureRules.noImportsOfOtherServices("org.wsis.prize");
    }

    @Test
    void keepsItsDomainFreeOfSpringMongoAndKafka() {
        ArchitectureRules.domainIsPlainJava("org.wsis.prize");
    }

    @Test
    void itsFeaturesFormNoCycles() {
        ArchitectureRules.featuresFormNoCycles("org.wsis.prize");
    }

    @Test
    void itsWebAndMessagingAdaptersNeverTouchMongo() {
        ArchitectureRules.adaptersNeverTouchMongo("org.wsis.prize");
    }

    @Test
    void onlyItsStoresTouchMongo() {
        ArchitectureRules.onlyMongoAdaptersTouchMongo("org.wsis.prize");
    }

    @Test
    void onlyItsWebAdaptersSpeakHttp() {
        ArchitectureRules.onlyWebAdaptersSpeakHttp("org.wsis.prize");
    }

    @Test
    void itsControllersLiveInWebPackages() {
        ArchitectureRules.controllersLiveInWebPackages("org.wsis.prize");
    }

    @Test
    void itsStreamConsumersLiveInMessagingPackagesNamedAfterTheirStreams() {
        ArchitectureRules.streamConsumersLiveInMessagingPackages("org.wsis.prize");
    }

    @Test
    void itsOutboxIsDeclaredOnceAtItsRoot() {
        ArchitectureRules.outboxIsDeclaredAtTheRoot("org.wsis.prize");
    }

    @Test
    void itsBackgroundWorkRunsOnTheKitsLoop() {
        ArchitectureRules.backgroundWorkRunsOnTheKitsLoop("org.wsis.prize");
    }
}
