package org.wsis.systemtest.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wsis.embedded.Ports;
import org.wsis.localstack.LocalStack;

/**
 * The local stack of the fault suite, started once per JVM as the README's run command starts it, on
 * free ports with a fresh data directory, with two differences: mail goes through an {@link SmtpLink}
 * to a GreenMail server held here (so the suite can make the relay refuse or slow down), and the
 * services' settings suit a short suite (mail retried after 2 s instead of 30 s; every simulated voter
 * shares loopback, so the per-network vote limit is lifted). The launcher supervises the services as
 * it does for a person. Each test leaves the stack running and healthy.
 */
final class FaultyPlatform {

    private static FaultyPlatform instance;

    final LocalStack stack;
    final GreenMail mail;
    final SmtpLink smtp;
    /** Amina's token from a client whose tokens live 1 s, taken when the stack started. */
    final String expiringToken;

    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    private record Issued(String token, Instant at) {}

    private FaultyPlatform() throws IOException {
        mail = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        smtp = new SmtpLink(mail.getSmtp().getPort());
        Path data = Files.createTempDirectory("wsis-fault-suite-");
        LocalStack.Options options = LocalStack.Options.isolated(root(), data)
                .withServiceSettings(Map.of(
                        "WSIS_NOTIFICATION_RETRY_FIRSTPAUSE", "PT2S",
                        "WSIS_NOTIFICATION_RETRY_LONGESTPAUSE", "PT5S",
                        "WSIS_PRIZE_VOTESPERMINUTE_NETWORK", "1000000"));
        stack = new LocalStack(
                        options,
                        Map.of(
                                "SMTP_HOST", "127.0.0.1",
                                "SMTP_PORT", String.valueOf(smtp.port()),
                                "WSIS_DEMO_ENTRIES", "20"))
                .start(Duration.ofSeconds(300));
        stack.supervise();
        expiringToken = stack.shortLivedToken("amina", Duration.ofSeconds(1));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            smtp.close();
            mail.stop();
        }));
    }

    static synchronized FaultyPlatform get() {
        if (instance == null) {
            try {
                instance = new FaultyPlatform();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    static Path root() {
        return Path.of(System.getProperty("wsis.root", "..")).toAbsolutePath().normalize();
    }

    /**
     * A token of a demo account or an added voter, fetched again when older than 3 minutes (Keycloak's
     * access tokens live 5).
     */
    String token(String user) {
        return tokens.compute(
                        user,
                        (name, issued) -> issued != null
                                        && issued.at().isAfter(Instant.now().minus(Duration.ofMinutes(3)))
                                ? issued
                                : new Issued(stack.token(name, name + "-wsis-demo"), Instant.now()))
                .token();
    }

    /** Every mail received, as recipient and subject. */
    List<Mail> mails() {
        return Arrays.stream(mail.getReceivedMessages()).map(Mail::of).toList();
    }

    /** The query string of the unsubscribe link in a mail someone received: a real, signed one. */
    String anUnsubscribeQuery() {
        java.util.regex.Pattern link =
                java.util.regex.Pattern.compile("/api/notifications/unsubscribe\\?([^\\s\"<>]+)");
        for (MimeMessage message : mail.getReceivedMessages()) {
            java.util.regex.Matcher found = link.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message)
                    .replace("=\r\n", "")
                    .replace("=3D", "="));
            if (found.find()) {
                return found.group(1).replace("&amp;", "&");
            }
        }
        throw new IllegalStateException("no mail with an unsubscribe link has been received");
    }

    record Mail(String to, String subject, String messageId) {
        static Mail of(MimeMessage message) {
            try {
                return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(), message.getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
