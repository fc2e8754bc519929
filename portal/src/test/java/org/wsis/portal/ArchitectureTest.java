package org.wsis.portal;

import org.junit.jupiter.api.Test;
import org.wsis.architecture.ArchitectureRules;

/** The portal keeps the services' rules of shape that apply to it: it has no domain of its own. */
class ArchitectureTest {

    @Test
    void importsNoServicesCode() {
        ArchitectureRules.noImportsOfOtherServices("org.wsis.portal");
    }

    @Test
    void itsPartsFormNoCycles() {
        ArchitectureRules.featuresFormNoCycles("org.wsis.portal");
    }

    @Test
    void itsWebPagesNeverTouchMongo() {
        ArchitectureRules.adaptersNeverTouchMongo("org.wsis.portal");
    }

    @Test
    void nothingTouchesMongo() {
        ArchitectureRules.onlyMongoAdaptersTouchMongo("org.wsis.portal");
    }
}
