package org.wsis.community;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.community.forum.mongo.PostStore;
import org.wsis.community.news.mongo.NewsStore;
import org.wsis.community.repository.mongo.DocumentStore;
import org.wsis.servicekit.outbox.OutboxCollections;

/** The collections whose documents carry events for the outbox relay: the forum's posts, the newsroom's, the repository's documents. */
@Configuration
class CommunityOutbox {

    @Bean
    OutboxCollections forumOutbox() {
        return OutboxCollections.of(PostStore.COLLECTION, NewsStore.COLLECTION, DocumentStore.COLLECTION);
    }
}
