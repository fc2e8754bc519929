package org.wsis.notification;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;

/**
 * GreenMail that answers like a real server for mailboxes that do not exist: {@code RCPT TO} an address
 * at {@value #UNKNOWN_DOMAIN} gets {@code 550 5.1.1}, a permanent refusal.
 */
public class RefusingSmtpServer extends GreenMail {

    public static final String UNKNOWN_DOMAIN = "nowhere.example";

    public RefusingSmtpServer(ServerSetup setup) {
        super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers ignored) {
        managers = new Managers() {
            private final SmtpManager refusing = new SmtpManager(getImapHostManager(), getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress address) {
                    return address.getEmail().endsWith("@" + UNKNOWN_DOMAIN)
                            ? "550 5.1.1 <" + address.getEmail() + ">: mailbox unavailable"
                            : super.checkRecipient(state, address);
                }
            };

            @Override
            public SmtpManager getSmtpManager() {
                return refusing;
            }
        };
        return super.createServices(setups, managers);
    }
}
