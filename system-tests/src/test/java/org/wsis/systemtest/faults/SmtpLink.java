package org.wsis.systemtest.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The network between notification-service and the SMTP server, with the faults a mail relay shows:
 * it passes the conversation through, or answers every new connection with {@code 421} (the relay is
 * refusing mail), or delays each of the server's replies (a slow relay, still inside the client's
 * timeouts).
 */
final class SmtpLink implements AutoCloseable {

    enum Mode {
        PASS,
        REFUSE,
        SLOW
    }

    static final Duration SLOW_REPLY = Duration.ofMillis(1500);

    private final ServerSocket listener;
    private final int serverPort;
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.PASS);

    SmtpLink(int serverPort) {
        this.serverPort = serverPort;
        try {
            listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("smtp-link").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    void set(Mode next) {
        mode.set(next);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            if (mode.get() == Mode.REFUSE) {
                client.getOutputStream()
                        .write("421 4.3.2 Service not available, try again later\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                return;
            }
            try (Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort)) {
                Thread up = Thread.ofVirtual().start(() -> pipe(client, server, false));
                pipe(server, client, true);
                up.join();
            }
        } catch (IOException | InterruptedException e) {
            // The conversation ended.
        }
    }

    private void pipe(Socket from, Socket to, boolean replies) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (replies && mode.get() == Mode.SLOW) {
                    Thread.sleep(SLOW_REPLY);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException | InterruptedException e) {
            // One side closed.
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
    }
}
