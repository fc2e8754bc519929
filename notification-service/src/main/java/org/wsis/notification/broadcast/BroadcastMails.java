package org.wsis.notification.broadcast;

import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wsis.contracts.Recipient;
import org.wsis.notification.broadcast.domain.Announcement;
import org.wsis.notification.delivery.MailSource;
import org.wsis.notification.mail.MailComposer;
import org.wsis.notification.mail.MailLocales;
import org.wsis.notification.mail.RenderedMail;
import org.wsis.servicekit.mongo.RecipientDocuments;

/** Writes a broadcast's mail for one person, in their language's variant. */
@Component
class BroadcastMails implements MailSource {

    private final Broadcasts broadcasts;
    private final MailComposer composer;

    BroadcastMails(Broadcasts broadcasts, MailComposer composer) {
        this.broadcasts = broadcasts;
        this.composer = composer;
    }

    @Override
    public String kind() {
        return Broadcasts.KIND;
    }

    @Override
    public RenderedMail render(Document delivery) {
        Recipient to = RecipientDocuments.fromDocument(delivery.get("recipient", Document.class));
        Announcement announcement = broadcasts.announcement(delivery.getString("broadcastId"));
        Announcement.Variant variant =
                announcement.variant(MailLocales.of(to.locale()).getLanguage());
        return composer.announcement(to, variant.subject(), variant.body());
    }
}
