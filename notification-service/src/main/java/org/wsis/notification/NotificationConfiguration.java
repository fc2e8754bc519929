package org.wsis.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.notification.broadcast.BroadcastSettings;
import org.wsis.notification.broadcast.Broadcasts;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.delivery.DispatchSettings;
import org.wsis.notification.delivery.RetrySettings;
import org.wsis.notification.digest.DigestSettings;
import org.wsis.notification.mail.MailSettings;
import org.wsis.notification.mail.PortalSettings;
import org.wsis.notification.preference.UnsubscribeSettings;
import org.wsis.notification.preference.domain.UnsubscribeTokens;
import org.wsis.servicekit.mongo.ExactMatchIndex;

/** The service's own wiring: its settings, unsubscribe signing, and the indexes its writes need. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    UnsubscribeSettings.class,
    DispatchSettings.class,
    RetrySettings.class,
    BroadcastSettings.class,
    MailSettings.class,
    PortalSettings.class,
    DigestSettings.class
})
class NotificationConfiguration {

    @Bean
    UnsubscribeTokens unsubscribeTokens(UnsubscribeSettings settings) {
        return settings.tokens();
    }

    /** Claims of queued mail match {@code {_id, v}}. */
    @Bean
    ExactMatchIndex outgoingVersions() {
        return ExactMatchIndex.of(Deliveries.QUEUE, "_id", "v");
    }

    /** Each page of a broadcast advances it by a write matching {@code {_id, v}}. */
    @Bean
    ExactMatchIndex broadcastVersions() {
        return ExactMatchIndex.of(Broadcasts.COLLECTION, "_id", "v");
    }

    /**
     * The secondary indexes of the service's queries on MongoDB (the wire-protocol server of the tests
     * and the local stack ignores them).
     */
    @Bean
    org.springframework.beans.factory.SmartInitializingSingleton notificationIndexes(
            org.springframework.data.mongodb.core.MongoOperations mongo) {
        return () -> {
            index(mongo, Deliveries.COLLECTION, "recipientId", "createdAt");
            index(mongo, Deliveries.COLLECTION, "eventId");
            index(mongo, Deliveries.COLLECTION, "broadcastId", "status");
            index(mongo, Deliveries.QUEUE, "dueAt");
            index(mongo, org.wsis.notification.digest.Digests.ITEMS, "digestId");
            index(mongo, org.wsis.notification.digest.Digests.ITEMS, "dueAt");
            index(mongo, org.wsis.notification.preference.Recipients.RECIPIENTS, "votedEditions");
            index(mongo, org.wsis.notification.preference.Recipients.RECIPIENTS, "stakeholder");
            index(mongo, org.wsis.notification.preference.Recipients.RECIPIENTS, "moderator");
            index(mongo, org.wsis.notification.preference.Recipients.NOMINEES, "edition");
            // A person's own data: their export, their erasure, and whom they transfer their entries to.
            index(mongo, org.wsis.notification.preference.Recipients.RECIPIENTS, "email");
            index(mongo, org.wsis.notification.preference.Recipients.ENTRY_OWNERS, "owner.userId");
            index(mongo, org.wsis.notification.preference.Recipients.NOMINEES, "ownerId");
            index(mongo, org.wsis.notification.digest.Digests.ITEMS, "recipientId");
            index(mongo, org.wsis.notification.privacy.Erasures.COLLECTION, "transferToId");
        };
    }

    private static void index(
            org.springframework.data.mongodb.core.MongoOperations mongo, String collection, String... fields) {
        org.springframework.data.mongodb.core.index.Index index =
                new org.springframework.data.mongodb.core.index.Index();
        for (String field : fields) {
            index.on(field, org.springframework.data.domain.Sort.Direction.ASC);
        }
        mongo.indexOps(collection).createIndex(index);
    }
}
