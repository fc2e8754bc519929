package org.wsis.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a real SMTP server (GreenMail) received, read the way a mail client would. */
public final class Mailbox {

    private final java.util.function.Supplier<GreenMail> smtp;

    public Mailbox(java.util.function.Supplier<GreenMail> smtp) {
        this.smtp = smtp;
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.get().getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    /** Waits for the first mail to {@code address} and returns it. */
    public MimeMessage awaitOne(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !to(address).isEmpty());
        return to(address).getFirst();
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain").orElseThrow();
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html").orElseThrow();
    }

    public static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? "" : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return Optional.of(String.valueOf(part.getContent()));
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<String> found = part(child, type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            jakarta.mail.Address[] all = message.getAllRecipients();
            return all == null
                    ? List.of()
                    : Arrays.stream(all)
                            .map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress())
                            .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
