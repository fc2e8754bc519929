package org.wsis.community.privacy;

import java.util.List;
import org.springframework.stereotype.Service;
import org.wsis.community.forum.domain.ForumThread;
import org.wsis.community.forum.domain.Post;
import org.wsis.community.forum.mongo.PostAllowances;
import org.wsis.community.forum.mongo.PostStore;
import org.wsis.community.forum.mongo.SubscriptionStore;
import org.wsis.community.forum.mongo.ThreadStore;
import org.wsis.community.news.domain.NewsPost;
import org.wsis.community.news.mongo.NewsStore;
import org.wsis.community.repository.domain.Document;
import org.wsis.community.repository.mongo.DocumentStore;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased;
import org.wsis.servicekit.privacy.ErasedAccounts;

/**
 * A person's data in the community. On erasure ({@code AccountErased}) the threads they started and the posts
 * they wrote stay where they are in the conversation, under the account's pseudonym and without their name;
 * the threads they followed and their posting allowance are forgotten. The newsroom's posts an editor wrote
 * are the WSIS team's and stay; the account that wrote or changed them is named by the pseudonym. The
 * repository's documents they uploaded stay where they are, under the pseudonym and without a name. Everything is found by the account id,
 * so a second delivery finds nothing left to change.
 */
@Service
public class PersonalData {

    private final ThreadStore threads;
    private final PostStore posts;
    private final SubscriptionStore subscriptions;
    private final PostAllowances allowances;
    private final NewsStore news;
    private final DocumentStore documents;
    private final ErasedAccounts erased;

    public PersonalData(
            ThreadStore threads,
            PostStore posts,
            SubscriptionStore subscriptions,
            PostAllowances allowances,
            NewsStore news,
            DocumentStore documents,
            ErasedAccounts erased) {
        this.threads = threads;
        this.posts = posts;
        this.subscriptions = subscriptions;
        this.allowances = allowances;
        this.news = news;
        this.documents = documents;
        this.erased = erased;
    }

    /**
     * What the service holds about a person: the threads they started, their posts, the threads they follow, the
     * newsroom's posts they began as an editor, and the documents they uploaded.
     */
    public record Held(
            List<ForumThread> threads,
            List<Post> posts,
            List<SubscriptionStore.Subscription> following,
            List<NewsPost> news,
            List<Document> documents) {}

    public Held of(String accountId) {
        return new Held(
                threads.startedBy(accountId),
                posts.writtenBy(accountId),
                subscriptions.ofPerson(accountId),
                news.createdBy(accountId),
                documents.uploadedBy(accountId));
    }

    public void on(AccountErased event) {
        erased.record(event.accountId());
        Recipient anonymous = new Recipient(erased.pseudonymOf(event.accountId()), "", "", null);
        for (Post post : posts.writtenBy(event.accountId())) {
            if (post.authorErased(event.accountId(), anonymous)) {
                posts.save(post);
            }
        }
        threads.authorErased(event.accountId(), anonymous);
        subscriptions.deleteOfPerson(event.accountId());
        allowances.forget(event.accountId());
        news.editorErased(event.accountId(), erased.pseudonymOf(event.accountId()));
        for (Document document : documents.uploadedBy(event.accountId())) {
            document.uploaderErased(anonymous);
            documents.save(document);
        }
    }
}
