package org.wsis.moderation;

import org.junit.jupiter.api.Test;
import org.wsis.architecture.ArchitectureRules;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ArchitectureRules.noImportsOfOtherServices("org.wsis.moderation");
    }

    @Test
    void keepsItsDomainFreeOfSpringMongoAndKafka() {
        ArchitectureRules.domainIsPlainJava("org.wsis.moderation");
    }

    @Test
    void itsFeaturesFormNoCycles() {
        ArchitectureRules.featuresFormNoCycles("org.wsis.moderation");
    }

    @Test
    void itsWebAndMessagingAdaptersNeverTouchMongo() {
        ArchitectureRules.adaptersNeverTouchMongo("org.wsis.moderation");
    }

    @Test
    void onlyItsStoresTouchMongo() {
        ArchitectureRules.onlyMongoAdaptersTouchMongo("org.wsis.moderation");
    }

    @Test
    void onlyItsWebAdaptersSpeakHttp() {
        ArchitectureRules.onlyWebAdaptersSpeakHttp("org.wsis.moderation");
    }

    @Test
    void itsControllersLiveInWebPackages() {
        ArchitectureRules.controllersLiveInWebPackages("org.wsis.moderation");
    }

    @Test
    void itsStreamConsumersLiveInMessagingPackagesNamedAfterTheirStreams() {
        ArchitectureRules.streamConsumersLiveInMessagingPackages("org.wsis.moderation");
    }

    @Test
    void itsOutboxIsDeclaredOnceAtItsRoot() {
        ArchitectureRules.outboxIsDeclaredAtTheRoot("org.wsis.moderation");
    }

    @Test
    void itsBackgroundWorkRunsOnTheKitsLoop() {
        ArchitectureRules.backgroundWorkRunsOnTheKitsLoop("org.wsis.moderation");
    }
}
