package org.wsis.notification;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wsis.testkit.PlatformIntegrationTest;

/**
 * The base of the service's integration tests: one application on the real broker and wire-protocol
 * server, sending to one real SMTP server for the whole run. They share one application on purpose:
 * every running instance of the service consumes the same topics and shares the same database, so a
 * second instance with another mail server would take some of the mail.
 */
@PlatformIntegrationTest
public abstract class NotificationIntegrationTest {

    /** Unsubscribe links: this year's key signs, last year's still verifies, and links from before key ids verify. */
    protected static final String CURRENT_KEY_ID = "2027a";

    protected static final String CURRENT_KEY = "this-years-unsubscribe-key-of-32-characters-or-more";
    protected static final String RETIRED_KEY_ID = "2026b";
    protected static final String RETIRED_KEY = "last-years-unsubscribe-key-of-32-characters-or-more";
    protected static final String LEGACY_SECRET = "the-secret-of-links-sent-before-key-ids-existed";

    private static final int PORT;
    private static volatile RefusingSmtpServer smtp;

    static {
        smtp = new RefusingSmtpServer(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        PORT = smtp.getSmtp().getPort();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        // Retries come quickly, and give up after six attempts, about eight seconds.
        registry.add("wsis.notification.retry.first-pause", () -> "PT0.5S");
        registry.add("wsis.notification.retry.longest-pause", () -> "PT2S");
        registry.add("wsis.notification.retry.max-attempts", () -> "6");
        registry.add("wsis.notification.dispatch.idle-poll", () -> "PT0.2S");
        // Digests are assembled by the tests at the times they choose.
        registry.add("wsis.notification.digest.check-every", () -> "PT1H");
        registry.add("wsis.notification.broadcast.page-size", () -> "5");
        registry.add(
                "wsis.notification.unsubscribe.keys",
                () -> CURRENT_KEY_ID + ":" + CURRENT_KEY + "," + RETIRED_KEY_ID + ":" + RETIRED_KEY);
        registry.add("wsis.notification.unsubscribe.current-key-id", () -> CURRENT_KEY_ID);
        registry.add("wsis.notification.unsubscribe.legacy-secret", () -> LEGACY_SECRET);
    }

    /** What the SMTP server received. */
    protected final Mailbox mail = new Mailbox(() -> smtp);

    protected static boolean smtpRunning() {
        return smtp.isRunning();
    }

    protected static void stopSmtp() {
        smtp.stop();
    }

    /** The same server coming back on the same port, as after a restart of the mail relay. */
    protected static void restartSmtp() {
        RefusingSmtpServer again =
                new RefusingSmtpServer(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        again.start();
        smtp = again;
    }
}
