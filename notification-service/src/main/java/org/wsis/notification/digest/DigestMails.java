package org.wsis.notification.digest;

import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wsis.notification.delivery.MailSource;
import org.wsis.notification.mail.MailComposer;
import org.wsis.notification.mail.RenderedMail;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.servicekit.mongo.RecipientDocuments;

/** Writes a digest from the items tagged with its id. */
@Component
class DigestMails implements MailSource {

    private final Digests digests;
    private final MailComposer composer;

    DigestMails(Digests digests, MailComposer composer) {
        this.digests = digests;
        this.composer = composer;
    }

    @Override
    public String kind() {
        return Digests.KIND;
    }

    @Override
    public RenderedMail render(Document delivery) {
        return composer.digest(
                RecipientDocuments.fromDocument(delivery.get("recipient", Document.class)),
                Frequency.valueOf(delivery.getString("frequency")),
                digests.contentOf(delivery.getString("_id")));
    }
}
