package org.wsis.notification.routing;

import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wsis.notification.delivery.MailSource;
import org.wsis.notification.mail.MailComposer;
import org.wsis.notification.mail.RenderedMail;
import org.wsis.notification.notice.NoticeDocuments;
import org.wsis.servicekit.mongo.RecipientDocuments;

/** Writes the mail of a single notice from what its delivery recorded. */
@Component
class NoticeMails implements MailSource {

    private final MailComposer composer;

    NoticeMails(MailComposer composer) {
        this.composer = composer;
    }

    @Override
    public String kind() {
        return Notifications.KIND;
    }

    @Override
    public RenderedMail render(Document delivery) {
        return composer.notice(
                RecipientDocuments.fromDocument(delivery.get("recipient", Document.class)),
                NoticeDocuments.fromDocument(delivery.get("notice", Document.class)));
    }
}
