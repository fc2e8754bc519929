package org.wsis.community.news.mongo;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Repository;
import org.wsis.servicekit.mongo.GridFsFiles;

/** The newsroom's pictures, in GridFS ({@value #BUCKET}). */
@Repository
public class ImageStore extends GridFsFiles {

    public static final String BUCKET = "newsImages";

    public ImageStore(MongoDatabaseFactory databases) {
        super(databases, BUCKET);
    }
}
