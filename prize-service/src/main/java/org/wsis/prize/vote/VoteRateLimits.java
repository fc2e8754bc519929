package org.wsis.prize.vote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.wsis.prize.vote.domain.TooManyVotes;
import org.wsis.prize.vote.domain.VoteWindow;
import org.wsis.servicekit.background.BackgroundLoop;

/**
 * Vote attempts per account and per client network, counted per minute in MongoDB so that every
 * replica counts into the same windows ({@value #COLLECTION}, ADR 0016): one document per account and
 * minute ({@code a:<account>:<minute>}) and one per network and minute ({@code n:<network>:<minute>}),
 * each counted by one upsert that increments and returns the count. Attempts count whether or not they
 * succeed, so probing costs a bot as much as voting. Over a limit the attempt is refused
 * ({@link TooManyVotes}) until the minute is over.
 *
 * <p>A window is useless once its minute is over. MongoDB deletes it through a TTL index on
 * {@code expiresAt}; a sweep every {@link #SWEEP} deletes the expired ones as well, for servers that
 * do not honour TTL indexes (the wire-protocol server of the tests and the local stack).
 */
@Component
public class VoteRateLimits implements SmartLifecycle {

    public static final String COLLECTION = "vote_rate_windows";

    /** How often expired windows are deleted, beside MongoDB's own TTL monitor. */
    static final Duration SWEEP = Duration.ofMinutes(5);

    /** Kept a minute past their end, so a replica whose clock lags a little still finds the window. */
    private static final Duration GRACE = Duration.ofMinutes(1);

    private final MongoOperations mongo;
    private final Clock clock;
    private final VoteLimitSettings limits;
    private final BackgroundLoop sweeper = new BackgroundLoop("vote-window-sweep", this::sweep, SWEEP);

    public VoteRateLimits(MongoOperations mongo, Clock clock, VoteLimitSettings limits) {
        this.mongo = mongo;
        this.clock = clock;
        this.limits = limits;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO));
    }

    /** Counts one attempt; refuses it when the account or the network is over its limit this minute. */
    public void attempt(String accountId, String network) {
        Instant now = clock.instant();
        VoteWindow window = VoteWindow.of(now);
        boolean accountOver = count("a:" + accountId, window) > limits.account();
        boolean networkOver = count("n:" + network, window) > limits.network();
        if (accountOver || networkOver) {
            throw new TooManyVotes(
                    accountOver
                            ? "Too many votes from your account in a minute; wait a moment."
                            : "Too many votes from your network in a minute; wait a moment.",
                    Duration.ofSeconds(window.secondsLeft(now)));
        }
    }

    /** The key's attempts in the window, this one included: one round trip. */
    private long count(String key, VoteWindow window) {
        Query query = Query.query(Criteria.where("_id").is(key + ":" + window.minute()));
        Update update = new Update()
                .inc("attempts", 1)
                .setOnInsert("expiresAt", Date.from(window.end().plus(GRACE)));
        FindAndModifyOptions options =
                FindAndModifyOptions.options().upsert(true).returnNew(true);
        Document counted;
        try {
            counted = mongo.findAndModify(query, update, options, Document.class, COLLECTION);
        } catch (DuplicateKeyException createdMeanwhile) {
            // The first two attempts of a window raced to create it; it exists now.
            counted = mongo.findAndModify(query, update, options, Document.class, COLLECTION);
        }
        return counted == null ? 1 : ((Number) counted.get("attempts")).longValue();
    }

    /** The account was erased: its windows go (a network's windows name no account, and stay). */
    public void erase(String accountId) {
        mongo.remove(
                Query.query(Criteria.where("_id").regex("^" + java.util.regex.Pattern.quote("a:" + accountId + ":"))),
                COLLECTION);
    }

    private boolean sweep() {
        mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(clock.instant()))), COLLECTION);
        return false;
    }

    @Override
    public void start() {
        sweeper.start();
    }

    @Override
    public void stop() {
        sweeper.stop(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return sweeper.isRunning();
    }
}
