package org.wsis.community.news.mongo;

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
import org.springframework.stereotype.Repository;

/**
 * The newsroom's images, in GridFS ({@value #BUCKET}): their bytes in chunks, read back as a stream, never
 * whole in memory when served.
 */
@Repository
public class ImageStore {

    public static final String BUCKET = "newsImages";

    private final GridFSBucket bucket;

    public ImageStore(MongoDatabaseFactory databases) {
        this.bucket = GridFSBuckets.create(databases.getMongoDatabase(), BUCKET);
    }

    /** Stores an image under {@code id}, with the type read from its bytes. */
    public void store(String id, String newsId, String contentType, byte[] bytes) {
        bucket.uploadFromStream(
                new BsonString(id),
                newsId,
                new ByteArrayInputStream(bytes),
                new GridFSUploadOptions().metadata(new Document("contentType", contentType).append("newsId", newsId)));
    }

    /** The image's bytes as a stream to copy out, if it is there. */
    public Optional<InputStream> open(String id) {
        try {
            return Optional.of(bucket.openDownloadStream(new BsonString(id)));
        } catch (MongoGridFSException absent) {
            return Optional.empty();
        }
    }

    /** Forgets an image no post shows any more; one already gone is left alone. */
    public void delete(String id) {
        try {
            bucket.delete(new BsonString(id));
        } catch (MongoGridFSException absent) {
            // Already gone: a retry after a crash between saving the post and deleting its old image.
        }
    }
}
