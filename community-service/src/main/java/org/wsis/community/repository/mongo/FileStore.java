package org.wsis.community.repository.mongo;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Repository;
import org.wsis.servicekit.mongo.GridFsFiles;

/** The repository's files, in GridFS ({@value #BUCKET}). */
@Repository
public class FileStore extends GridFsFiles {

    public static final String BUCKET = "documentFiles";

    public FileStore(MongoDatabaseFactory databases) {
        super(databases, BUCKET);
    }
}
