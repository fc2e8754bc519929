package org.wsis.notification.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal SMTP server for the fan-out benchmark: it speaks enough of RFC 5321 for a mail client
 * (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), accepts every mail, and keeps only what the
 * benchmark checks: how many mails each recipient got and how often each {@code Message-ID} came.
 * GreenMail, which the tests use, files every mail in a mailbox per recipient and slows down as
 * mailboxes accumulate; at 100,000 recipients it would measure itself rather than the service.
 */
final class CountingSmtpServer implements AutoCloseable {

    final Map<String, Integer> perRecipient = new ConcurrentHashMap<>();
    final Map<String, Integer> perMessageId = new ConcurrentHashMap<>();
    final AtomicLong mails = new AtomicLong();
    private final ServerSocket server;

    CountingSmtpServer() throws IOException {
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("smtp-accept").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofPlatform().daemon().name("smtp-session").start(() -> session(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket socket) {
        try (socket;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 localhost ESMTP benchmark sink");
            java.util.List<String> recipients = new java.util.ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                switch (command) {
                    case "EHLO" -> reply(out, "250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO" -> reply(out, "250 localhost");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        int open = line.indexOf('<');
                        int close = line.indexOf('>', open);
                        recipients.add(line.substring(open + 1, close));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String messageId = null;
                        boolean headers = true;
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            if (headers && data.isEmpty()) {
                                headers = false;
                            } else if (headers && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                                messageId = data.substring(11).trim();
                            }
                        }
                        for (String recipient : recipients) {
                            perRecipient.merge(recipient, 1, Integer::sum);
                        }
                        perMessageId.merge(String.valueOf(messageId), 1, Integer::sum);
                        mails.incrementAndGet();
                        reply(out, "250 OK queued");
                    }
                    case "RSET" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            // The client went away; its session ends.
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
