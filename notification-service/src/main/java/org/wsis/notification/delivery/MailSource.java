package org.wsis.notification.delivery;

import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.mail.RenderedMail;

/**
 * Writes the mail of one kind of delivery when it is sent: a single notice, a digest or a broadcast.
 * Writing it at send time keeps deliveries small; the same delivery always yields the same mail.
 */
public interface MailSource {

    Delivery.Kind kind();

    RenderedMail render(Delivery delivery);
}
