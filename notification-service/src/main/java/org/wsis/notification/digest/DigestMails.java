package org.wsis.notification.digest;

import org.springframework.stereotype.Component;
import org.wsis.notification.delivery.MailSource;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.mail.MailComposer;
import org.wsis.notification.mail.RenderedMail;
import org.wsis.notification.preference.domain.Frequency;

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
    public Delivery.Kind kind() {
        return Delivery.Kind.DIGEST;
    }

    @Override
    public RenderedMail render(Delivery delivery) {
        return composer.digest(
                delivery.recipient(), Frequency.valueOf(delivery.type()), digests.contentOf(delivery.id()));
    }
}
