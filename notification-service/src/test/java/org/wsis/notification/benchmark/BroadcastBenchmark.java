package org.wsis.notification.benchmark;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wsis.contracts.Recipient;
import org.wsis.notification.NotificationApplication;
import org.wsis.notification.preference.Recipients;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformInfrastructureInitializer;
import tools.jackson.databind.JsonNode;

/**
 * A broadcast's fan-out into a local SMTP server: starts the notification service on the
 * infrastructure the integration tests use and a local SMTP server ({@link CountingSmtpServer}), records the voters of an
 * edition, announces to them through the admin API at the given rate, and follows the broadcast to its
 * end. Reports mails per second while walking and sending, then counts in what the server received
 * the duplicates (by recipient and by {@code Message-ID}) and the recipients who got nothing.
 * Run it with {@code benchmarks/broadcast.sh}.
 *
 * <p>Arguments: recipients (100000), rate in mails per second (2000), SMTP connections (4).
 */
public final class BroadcastBenchmark {

    private BroadcastBenchmark() {}

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int edition = 2099;

        CountingSmtpServer smtp = new CountingSmtpServer();
        int smtpPort = smtp.port();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(NotificationApplication.class)
                .initializers(new PlatformInfrastructureInitializer())
                // As command-line arguments: they take precedence over the service's own settings.
                .run(
                        "--server.port=0",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        "--wsis.notification.broadcast.max-rate-per-second=100000",
                        "--wsis.notification.broadcast.page-size=1000",
                        "--wsis.notification.dispatch.connections=" + connections,
                        "--wsis.notification.dispatch.batch-size=400",
                        "--logging.level.root=WARN",
                        "--logging.level.org.wsis=INFO");
        int exitCode = 1;
        try {
            int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
            Recipients recipients = app.getBean(Recipients.class);
            long started = System.nanoTime();
            Map<Recipient, Integer> chunk = new LinkedHashMap<>();
            String[] languages = {"en", "fr", "es", "ar", "zh", "ru"};
            for (int i = 0; i < people; i++) {
                String id = String.format("bench-voter-%07d", i);
                chunk.put(
                        new Recipient(id, id + "@example.org", "Voter " + i, languages[i % languages.length]), edition);
                if (chunk.size() == 1000 || i == people - 1) {
                    recipients.rememberVoters(chunk);
                    chunk.clear();
                }
            }
            System.out.printf("recorded %d voters in %d ms%n", people, millisSince(started));

            String admin = PlatformInfrastructure.shared().token("bench-admin", "admin@example.org", "Admin", "admin");
            ApiClient api = ApiClient.onPort(port);
            long start = System.nanoTime();
            ApiClient.Response created = api.post(
                    "/api/notifications/broadcasts",
                    admin,
                    Map.of(
                            "segment",
                            "EDITION_VOTERS",
                            "edition",
                            edition,
                            "ratePerSecond",
                            rate,
                            "texts",
                            Map.of(
                                    "en",
                                            Map.of(
                                                    "subject",
                                                    "Thank you for voting",
                                                    "body",
                                                    "The results come on 2 May."),
                                    "fr",
                                            Map.of(
                                                    "subject",
                                                    "Merci d'avoir voté",
                                                    "body",
                                                    "Les résultats arrivent le 2 mai."))));
            if (created.status() != 202) {
                throw new IllegalStateException("Broadcast refused: " + created.body());
            }
            String id = created.text("id");
            // Sampled every 5 s (a line of progress each) until every mail is out; a broadcast stuck for
            // an hour ends the run instead of hanging it.
            AtomicReference<JsonNode> last = new AtomicReference<>();
            AtomicLong lastSent = new AtomicLong();
            AtomicLong lastAt = new AtomicLong(System.nanoTime());
            double[] peak = {0};
            await().pollInSameThread()
                    .pollDelay(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofSeconds(5))
                    .atMost(Duration.ofHours(1))
                    .until(() -> {
                        JsonNode progress = api.get("/api/notifications/broadcasts/" + id, admin)
                                .body();
                        last.set(progress);
                        long sent = progress.path("sent").asLong();
                        long now = System.nanoTime();
                        double window = (sent - lastSent.get()) / ((now - lastAt.get()) / 1e9);
                        peak[0] = Math.max(peak[0], window);
                        System.out.printf(
                                "%6.1f s  processed %d  sent %d  pending %d  (%.0f mails/s)%n",
                                (now - start) / 1e9,
                                progress.path("processed").asLong(),
                                sent,
                                progress.path("pending").asLong(),
                                window);
                        lastSent.set(sent);
                        lastAt.set(now);
                        return "COMPLETED".equals(progress.path("status").asString())
                                && progress.path("pending").asLong() == 0;
                    });
            JsonNode progress = last.get();
            double seconds = (System.nanoTime() - start) / 1e9;

            long received = smtp.mails.get();
            Map<String, Integer> perRecipient = smtp.perRecipient;
            long duplicateIds =
                    smtp.perMessageId.values().stream().filter(n -> n > 1).count();
            long duplicates = perRecipient.values().stream().filter(n -> n > 1).count();
            long missing = 0;
            for (int i = 0; i < people; i++) {
                if (!perRecipient.containsKey(String.format("bench-voter-%07d@example.org", i))) {
                    missing++;
                }
            }
            System.out.printf(
                    "%n%d recipients at a requested %d mails/s over %d SMTP connections%n"
                            + "  broadcast done in %.1f s: %.0f mails/s on average, %.0f at the best 5-s window%n"
                            + "  mails received %d, recipients with more than one %d, repeated Message-IDs %d, missing %d%n",
                    people,
                    rate,
                    connections,
                    seconds,
                    progress.path("sent").asLong() / seconds,
                    peak[0],
                    received,
                    duplicates,
                    duplicateIds,
                    missing);
            exitCode = duplicates > 0 || duplicateIds > 0 || missing > 0 || received != people ? 1 : 0;
        } finally {
            app.close();
            smtp.close();
            // The embedded broker and database keep threads of their own; the run is over either way.
            System.exit(exitCode);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
