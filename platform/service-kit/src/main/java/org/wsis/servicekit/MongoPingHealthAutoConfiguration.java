package org.wsis.servicekit;

import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * MongoDB health as a {@code ping} on the service's own database. Boot's default check asks for the
 * server's wire version with {@code hello}, which the wire-protocol server used without Docker does not
 * answer; {@code ping} is part of the portable subset and says what a probe needs: can we reach it.
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
public class MongoPingHealthAutoConfiguration {

    @Bean(name = "mongoHealthContributor")
    AbstractHealthIndicator mongoHealthContributor(MongoOperations mongo) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = mongo.executeCommand(new Document("ping", 1));
                builder.up()
                        .withDetail(
                                "database",
                                mongo.getCollection("processed_events")
                                        .getNamespace()
                                        .getDatabaseName())
                        .withDetail("ping", answer.get("ok"));
            }
        };
    }
}
