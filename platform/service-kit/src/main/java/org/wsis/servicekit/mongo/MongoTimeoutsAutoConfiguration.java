package org.wsis.servicekit.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * How long a service waits for MongoDB ({@code wsis.mongo.*}). The driver's defaults wait 30 s for a
 * server to answer, which turns a database outage into requests hanging for 30 s and then failing with
 * 500. With 2 s, a request that needs the database while it is away is refused within about 2 s (503
 * with {@code Retry-After}, by the kit's problem handlers), the readiness probe reports the service not
 * ready as quickly, and both recover by themselves when the database returns.
 */
@AutoConfiguration
@EnableConfigurationProperties(MongoTimeoutsAutoConfiguration.MongoTimeouts.class)
public class MongoTimeoutsAutoConfiguration {

    /**
     * @param serverSelection how long an operation waits for a server it can use (an election, an outage)
     * @param connect how long opening a connection may take
     * @param read how long a reply may take once sent (a network partition otherwise hangs for ever)
     */
    @ConfigurationProperties("wsis.mongo.timeouts")
    public record MongoTimeouts(
            @DefaultValue("2s") Duration serverSelection,
            @DefaultValue("2s") Duration connect,
            @DefaultValue("30s") Duration read) {}

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer wsisMongoTimeouts(MongoTimeouts timeouts) {
        return settings -> settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        timeouts.serverSelection().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                        socket -> socket.connectTimeout((int) timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                                .readTimeout((int) timeouts.read().toMillis(), TimeUnit.MILLISECONDS));
    }
}
