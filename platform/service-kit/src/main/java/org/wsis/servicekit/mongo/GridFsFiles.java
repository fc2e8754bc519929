package org.wsis.servicekit.mongo;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Files kept in a service's own database with GridFS (their bytes in chunks, so the wire-protocol server of
 * the local stack and the tests keeps them like MongoDB does), under ids the service chooses, read back as a
 * stream, never whole in memory when served.
 */
public class GridFsFiles {

    private final GridFSBucket bucket;

    protected GridFsFiles(MongoDatabaseFactory databases, String bucket) {
        this.bucket = GridFSBuckets.create(databases.getMongoDatabase(), bucket);
    }

    /** Stores a file under {@code id}, with its type (read from its bytes) and what it belongs to. */
    public void store(String id, String owner, String contentType, byte[] bytes) {
        bucket.uploadFromStream(
                new BsonString(id),
                owner,
                new ByteArrayInputStream(bytes),
                new GridFSUploadOptions().metadata(new Document("contentType", contentType).append("owner", owner)));
    }

    /** The file's bytes as a stream to copy out, if it is there. */
    public Optional<InputStream> open(String id) {
        try {
            return Optional.of(bucket.openDownloadStream(new BsonString(id)));
        } catch (MongoGridFSException absent) {
            return Optional.empty();
        }
    }

    /** Forgets a file nothing holds any more; one already gone is left alone. */
    public void delete(String id) {
        try {
            bucket.delete(new BsonString(id));
        } catch (MongoGridFSException absent) {
            // Already gone: a retry after a crash between saving what held it and deleting it.
        }
    }
}
