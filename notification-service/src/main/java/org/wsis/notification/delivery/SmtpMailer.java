package org.wsis.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.wsis.contracts.Recipient;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.mail.MailSettings;
import org.wsis.notification.mail.RenderedMail;

/**
 * The SMTP side of sending: writes a delivery's mail with the {@link MailSource} of its kind (headers for
 * one-click unsubscribe, its language, a {@code Message-ID} derived from the delivery's id), opens and
 * closes connections to the server, and reads the server's reply code out of a failure. What to send and
 * what to record is the {@link Dispatcher}'s.
 */
@Component
public class SmtpMailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

    /** A mail ready for the wire, with the {@code Message-ID} and subject the log records. */
    record Prepared(MimeMessage message, String messageId, String subject) {}

    private final JavaMailSenderImpl smtp;
    private final Map<Delivery.Kind, MailSource> sources;
    private final InternetAddress from;

    public SmtpMailer(JavaMailSenderImpl smtp, List<MailSource> sources, MailSettings mail) throws AddressException {
        this.smtp = smtp;
        this.sources = sources.stream().collect(Collectors.toMap(MailSource::kind, Function.identity()));
        this.from = new InternetAddress(mail.from());
    }

    /** The {@code Message-ID} of a delivery: the same for every attempt. */
    public static String messageIdOf(String deliveryId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(deliveryId.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@notification.wsis-platform>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail of a delivery, ready for the wire, with its stable {@code Message-ID}. */
    Prepared prepare(Delivery delivery) throws MessagingException, UnsupportedEncodingException {
        Delivery.Kind kind = delivery.kind();
        MailSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalStateException("No mail source for deliveries of kind " + kind);
        }
        RenderedMail rendered = source.render(delivery);
        Recipient to = delivery.recipient();
        MimeMessage message = new MimeMessage(smtp.getSession());
        MimeMessageHelper helper =
                new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(new InternetAddress(to.email(), to.displayName(), "UTF-8"));
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        message.setHeader("List-Unsubscribe", "<" + rendered.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Content-Language", rendered.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        String messageId = messageIdOf(delivery.id());
        // Set after saveChanges, which would otherwise replace it with a random id.
        message.setHeader("Message-ID", messageId);
        return new Prepared(message, messageId, rendered.subject());
    }

    /** Opens a connection to the SMTP server, logging in when a user is set. */
    Transport connect() throws MessagingException {
        Transport transport = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
        // An empty SMTP_USER means no login: Jakarta Mail would try to log in with empty credentials.
        String user = smtp.getUsername() == null || smtp.getUsername().isEmpty() ? null : smtp.getUsername();
        transport.connect(smtp.getHost(), smtp.getPort(), user, user == null ? null : smtp.getPassword());
        return transport;
    }

    /** Closes the connection, if one was opened; a failure to close is only logged. */
    static void close(@Nullable Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                log.debug("Closing the SMTP connection failed", e);
            }
        }
    }

    /** The SMTP reply code behind a failure, if the server answered at all. */
    static @Nullable Integer replyCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException e && e.getReturnCode() > 0) {
                Integer nested = e.getNextException() == null ? null : replyCode(e.getNextException());
                return nested != null ? nested : e.getReturnCode();
            }
        }
        return null;
    }

    private static @Nullable Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** The failure's messages, the server's replies included, in at most about 500 characters. */
    static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 500; t = next(t)) {
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(String.valueOf(t.getMessage()).strip());
        }
        return text.toString();
    }
}
