package org.wsis.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server speaking the MongoDB wire protocol (mongo-java-server), in memory or backed by a file. The
 * services connect to it with the ordinary MongoDB driver; only the portable subset of MongoDB is
 * available (see docs/architecture.md).
 */
public final class WireProtocolMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WireProtocolMongo.class);

    private final @Nullable Path file;
    private final int port;
    private MongoServer server;

    private WireProtocolMongo(@Nullable Path file, int port) {
        this.file = file;
        this.port = port;
    }

    public static WireProtocolMongo inMemory() {
        return new WireProtocolMongo(null, Ports.free());
    }

    /** In memory, on a port chosen by the caller (to start it later, as a database that comes back). */
    public static WireProtocolMongo onPort(int port) {
        return new WireProtocolMongo(null, port);
    }

    /** Data kept in {@code file} across restarts. */
    public static WireProtocolMongo fileBacked(Path file, int port) {
        return new WireProtocolMongo(file, port);
    }

    public WireProtocolMongo start() {
        MongoBackend backend;
        if (file == null) {
            backend = new MemoryBackend();
        } else {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            backend = new H2Backend(file.toAbsolutePath().toString());
        }
        server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        log.info("MongoDB wire-protocol server ready at {} ({})", uri(), file == null ? "in memory" : "file " + file);
        return this;
    }

    public boolean running() {
        return server != null;
    }

    public String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }
}
