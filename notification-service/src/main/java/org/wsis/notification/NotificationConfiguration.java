package org.wsis.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.notification.broadcast.BroadcastSettings;
import org.wsis.notification.broadcast.mongo.BroadcastStore;
import org.wsis.notification.delivery.DispatchSettings;
import org.wsis.notification.delivery.RetrySettings;
import org.wsis.notification.delivery.mongo.DeliveryStore;
import org.wsis.notification.digest.DigestSettings;
import org.wsis.notification.mail.MailSettings;
import org.wsis.notification.mail.PortalSettings;
import org.wsis.notification.preference.UnsubscribeSettings;
import org.wsis.notification.preference.domain.UnsubscribeTokens;
import org.wsis.servicekit.mongo.ExactMatchIndex;

/**
 * The service's own wiring: its settings, unsubscribe signing, and the exact-match indexes its
 * conditional writes need (each store declares the indexes of its queries).
 */
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
        return ExactMatchIndex.of(DeliveryStore.QUEUE, "_id", "v");
    }

    /** Each page of a broadcast advances it by a write matching {@code {_id, v}}. */
    @Bean
    ExactMatchIndex broadcastVersions() {
        return ExactMatchIndex.of(BroadcastStore.COLLECTION, "_id", "v");
    }
}
