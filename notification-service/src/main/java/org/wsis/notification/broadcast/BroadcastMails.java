package org.wsis.notification.broadcast;

import org.springframework.stereotype.Component;
import org.wsis.contracts.Recipient;
import org.wsis.notification.broadcast.domain.Announcement;
import org.wsis.notification.delivery.MailSource;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.mail.MailComposer;
import org.wsis.notification.mail.MailLocales;
import org.wsis.notification.mail.RenderedMail;

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
    public Delivery.Kind kind() {
        return Delivery.Kind.BROADCAST;
    }

    @Override
    public RenderedMail render(Delivery delivery) {
        Recipient to = delivery.recipient();
        Announcement announcement = broadcasts.announcement(
                java.util.Objects.requireNonNull(delivery.broadcastId(), "a broadcast delivery names its broadcast"));
        Announcement.Variant variant =
                announcement.variant(MailLocales.of(to.locale()).getLanguage());
        return composer.announcement(
                to, announcement.segment().type(), variant.subject(), variant.body(), announcement.path());
    }
}
