package org.wsis.notification.routing;

import org.springframework.stereotype.Component;
import org.wsis.notification.delivery.MailSource;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.mail.MailComposer;
import org.wsis.notification.mail.RenderedMail;

/** Writes the mail of a single notice from what its delivery recorded. */
@Component
class NoticeMails implements MailSource {

    private final MailComposer composer;

    NoticeMails(MailComposer composer) {
        this.composer = composer;
    }

    @Override
    public Delivery.Kind kind() {
        return Delivery.Kind.NOTICE;
    }

    @Override
    public RenderedMail render(Delivery delivery) {
        return composer.notice(
                delivery.recipient(),
                java.util.Objects.requireNonNull(delivery.notice(), "a notice delivery carries its notice"));
    }
}
