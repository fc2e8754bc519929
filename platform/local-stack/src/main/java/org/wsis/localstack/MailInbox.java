package org.wsis.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMTP server that keeps every mail it receives, readable in a browser ({@code /}) or as JSON
 * ({@code /api/messages}). For the local stack only: nothing is forwarded anywhere.
 */
final class MailInbox implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GreenMail smtp;
    private final HttpServer http;

    MailInbox(int smtpPort, int httpPort) {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/api/messages", ex -> send(ex, "application/json", JSON.writeValueAsString(messages())));
        http.createContext("/messages/", ex -> {
            // The HTML version of one mail, by its position in the list.
            List<Map<String, Object>> all = messages();
            String number = ex.getRequestURI().getPath().substring("/messages/".length());
            int index = number.matches("\\d{1,6}") ? Integer.parseInt(number) : -1;
            Object html = index >= 0 && index < all.size() ? all.get(index).get("html") : null;
            send(ex, "text/html; charset=utf-8", html == null ? "<p>No HTML version.</p>" : String.valueOf(html));
        });
        http.createContext("/", ex -> send(ex, "text/html; charset=utf-8", html()));
    }

    MailInbox start() {
        smtp.start();
        http.start();
        return this;
    }

    List<Map<String, Object>> messages() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(MailInbox::describe)
                .toList();
    }

    private static Map<String, Object> describe(MimeMessage message) {
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("messageId", message.getMessageID());
            m.put("from", GreenMailUtil.getAddressList(message.getFrom()));
            m.put("to", GreenMailUtil.getAddressList(message.getAllRecipients()));
            m.put("subject", message.getSubject());
            m.put(
                    "sentAt",
                    message.getSentDate() == null
                            ? null
                            : message.getSentDate().toInstant().toString());
            m.put("body", part(message, "text/plain"));
            m.put("html", part(message, "text/html"));
            return m;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part of a type, looking into multipart mail as a mail client does; null if none. */
    private static @org.jspecify.annotations.Nullable String part(jakarta.mail.Part part, String type)
            throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String html() {
        StringBuilder page = new StringBuilder(
                "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Local mail inbox</title>"
                        + "<body style=\"font-family:sans-serif;max-width:60rem;margin:auto\"><h1>Local mail inbox</h1>"
                        + "<p>Every mail the platform sent while running locally. Newest last.</p>");
        List<Map<String, Object>> all = messages();
        for (int i = 0; i < all.size(); i++) {
            Map<String, Object> m = all.get(i);
            page.append("<article style=\"border-top:1px solid #ccc\"><h2>")
                    .append(HtmlUtils.htmlEscape(String.valueOf(m.get("subject"))))
                    .append("</h2><p>To: ")
                    .append(HtmlUtils.htmlEscape(String.valueOf(m.get("to"))))
                    .append(m.get("html") == null ? "" : " &middot; <a href=\"/messages/" + i + "\">as HTML</a>")
                    .append("</p><pre style=\"white-space:pre-wrap\">")
                    .append(HtmlUtils.htmlEscape(String.valueOf(m.get("body"))))
                    .append("</pre></article>");
        }
        return page.append("</body></html>").toString();
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        smtp.stop();
    }
}
