package org.wsis.submission;

import org.junit.jupiter.api.Test;
import org.wsis.architecture.ArchitectureRules;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ArchitectureRules.noImportsOfOtherServices("org.wsis.submission");
    }

    @Test
    void keepsItsDomainFreeOfSpringMongoAndKafka() {
        ArchitectureRules.domainIsPlainJava("org.wsis.submission");
    }

    @Test
    void itsFeaturesFormNoCycles() {
        ArchitectureRules.featuresFormNoCycles("org.wsis.submission");
    }

    @Test
    void itsWebAndMessagingAdaptersNeverTouchMongo() {
        ArchitectureRules.adaptersNeverTouchMongo("org.wsis.submission");
    }

    @Test
    void onlyItsStoresTouchMongo() {
        ArchitectureRules.onlyMongoAdaptersTouchMongo("org.wsis.submission");
    }

    @Test
    void onlyItsWebAdaptersSpeakHttp() {
        ArchitectureRules.onlyWebAdaptersSpeakHttp("org.wsis.submission");
    }

    @Test
    void itsControllersLiveInWebPackages() {
        ArchitectureRules.controllersLiveInWebPackages("org.wsis.submission");
    }

    @Test
    void itsStreamConsumersLiveInMessagingPackagesNamedAfterTheirStreams() {
        ArchitectureRules.streamConsumersLiveInMessagingPackages("org.wsis.submission");
    }

    @Test
    void itsOutboxIsDeclaredOnceAtItsRoot() {
        ArchitectureRules.outboxIsDeclaredAtTheRoot("org.wsis.submission");
    }

    @Test
    void itsBackgroundWorkRunsOnTheKitsLoop() {
        ArchitectureRules.backgroundWorkRunsOnTheKitsLoop("org.wsis.submission");
    }
}
