package org.wsis.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;

/**
 * Every metric that an alert rule or a Grafana dashboard of {@code deploy/observability/} reads is
 * exported by a running service: after an entry goes through moderation and its owner is mailed, the
 * services' Prometheus endpoints are scraped and each name must be there.
 */
class ExportedMetricsTest {

    private static final Pattern METRIC =
            Pattern.compile("\\b((?:wsis|http_server|kafka_consumer|spring_kafka|jvm)_[a-z0-9_]+)\\b");

    @Test
    void everyMetricTheDashboardsAndAlertsReadIsExported() throws IOException {
        Set<String> used = metricsUsed(RunningPlatform.root().resolve("deploy/observability"));
        assertThat(used).hasSizeGreaterThan(5);

        LocalStack stack = RunningPlatform.stack();
        String id = PlatformActions.publishedEntryOfAmina(stack, "Digital skills buses for rural youth");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Set<String> exported = exported(stack);
            assertThat(used.stream().filter(m -> !exported.contains(m)).toList())
                    .as("metrics read by dashboards or alerts but exported by no service (entry %s)", id)
                    .isEmpty();
        });
    }

    static Set<String> metricsUsed(Path observability) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(observability)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = METRIC.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static Set<String> exported(LocalStack stack) {
        return Stream.of("submission-service", "moderation-service", "prize-service", "notification-service", "portal")
                .map(service -> new ApiClient(stack.serviceUrl(service))
                        .getText("/actuator/prometheus", null)
                        .body())
                .flatMap(String::lines)
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toSet());
    }
}
