package org.wsis.notification.delivery;

import org.bson.Document;
import org.wsis.notification.mail.RenderedMail;

/**
 * Writes the mail of one kind of delivery ({@code kind} in the delivery document) when it is sent:
 * a single notice, a digest or a broadcast. Writing it at send time keeps deliveries small; the same
 * delivery always yields the same mail.
 */
public interface MailSource {

    String kind();

    RenderedMail render(Document delivery);
}
