package org.wsis.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.wsis.contracts.entry.EntryEvent;
import org.wsis.notification.delivery.domain.StatusMail;

/**
 * One delivery per (event, recipient), recorded in {@value #COLLECTION} under that pair as its id.
 *
 * <p>States: PENDING (recorded, not yet accepted by the SMTP server) then SENT. A redelivered event
 * finds the delivery SENT and sends nothing. A crash before the SMTP server accepted the mail leaves
 * it PENDING and the redelivery sends it. A crash after acceptance but before SENT was recorded (the
 * one window no SMTP client can close) makes the redelivery send it again with the same
 * {@code Message-ID}, so receivers can drop the copy.
 */
@Service
public class Deliveries {

    public static final String COLLECTION = "deliveries";

    private final MongoOperations mongo;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String from;
    private final String portalUrl;

    public Deliveries(
            MongoOperations mongo,
            JavaMailSender mail,
            Clock clock,
            @Value("${wsis.mail.from}") String from,
            @Value("${wsis.portal.url}") String portalUrl) {
        this.mongo = mongo;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.portalUrl = portalUrl;
    }

    public void on(EntryEvent event) {
        StatusMail.about(event, portalUrl).ifPresent(statusMail -> deliver(event, statusMail));
    }

    private void deliver(EntryEvent event, StatusMail statusMail) {
        String id = event.eventId() + ":" + statusMail.to().userId();
        try {
            mongo.insert(
                    new Document("_id", id)
                            .append("eventId", event.eventId().toString())
                            .append("eventType", event.getClass().getSimpleName())
                            .append("recipientId", statusMail.to().userId())
                            .append("email", statusMail.to().email())
                            .append("subject", statusMail.subject())
                            .append("status", "PENDING")
                            .append("createdAt", Date.from(clock.instant())),
                    COLLECTION);
        } catch (DuplicateKeyException known) {
            Document existing = mongo.findById(id, Document.class, COLLECTION);
            if (existing != null && "SENT".equals(existing.getString("status"))) {
                return;
            }
        }
        send(id, statusMail);
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(id)),
                new Update().set("status", "SENT").set("sentAt", Date.from(clock.instant())),
                COLLECTION);
    }

    private void send(String deliveryId, StatusMail statusMail) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(statusMail.to().email());
            helper.setSubject(statusMail.subject());
            helper.setText(statusMail.body());
            message.saveChanges();
            // Set after saveChanges, which would otherwise replace it with a random id.
            message.setHeader("Message-ID", "<" + deliveryId + "@notification.wsis-platform>");
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the mail for delivery " + deliveryId, e);
        }
    }
}
