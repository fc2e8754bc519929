package org.wsis.prize.tally.mongo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.wsis.prize.audit.domain.Admin;
import org.wsis.prize.audit.domain.AdminAction;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.tally.domain.BallotSignals;
import org.wsis.prize.tally.domain.BallotStatus;
import org.wsis.prize.tally.domain.CountedVoter;
import org.wsis.prize.tally.domain.FlaggedVoter;
import org.wsis.prize.tally.domain.ReviewDecision;
import org.wsis.prize.tally.domain.Suspicion;

/**
 * The admins' review list: one document per flagged voter and edition, with the reasons, the signals
 * and the review (each decision taken on the voter, with the admin who took it). The tally buckets decide what counts; this list is how admins find the voters, and
 * it is written before the bucket (when flagging) and after it (when deciding), so that a crash in
 * between leaves a voter listed rather than lost: repeating the flag or the decision repairs it.
 */
@Component
public class FlaggedVoters {

    public static final String COLLECTION = "flagged_voters";

    /** The decisions taken on a voter, each naming the admin's decision it belongs to. */
    public static final String DECISIONS = "decisions";

    private final MongoOperations mongo;
    private final Clock clock;

    public FlaggedVoters(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public static String idOf(int edition, String voterId) {
        return edition + ":" + voterId;
    }

    /**
     * An erased voter's listings, one per edition, pass to their pseudonym: status, reasons and the
     * admins' decisions stay; the network, mail domain and account age go. Copied under the new id before
     * the original is removed, so an interrupted erasure finishes by running again.
     */
    public void erase(String voterId, String pseudonym) {
        for (Document listing :
                mongo.find(Query.query(Criteria.where("voterId").is(voterId)), Document.class, COLLECTION)) {
            int edition = listing.getInteger("edition");
            Document anonymous = new Document(listing)
                    .append("_id", idOf(edition, pseudonym))
                    .append("voterId", pseudonym);
            anonymous.remove("clientNetwork");
            anonymous.remove("emailDomain");
            anonymous.remove("accountCreatedAt");
            try {
                mongo.insert(anonymous, COLLECTION);
            } catch (org.springframework.dao.DuplicateKeyException copiedBefore) {
                // An erasure interrupted after the copy.
            }
            mongo.remove(Query.query(Criteria.where("_id").is(listing.get("_id"))), COLLECTION);
        }
    }

    /** Lists a flagged voter, or adds the new reasons to their listing. */
    public void flagged(int edition, CountedVoter voter) {
        Update update = new Update()
                .setOnInsert("edition", edition)
                .setOnInsert("voterId", voter.voterId())
                .setOnInsert("status", BallotStatus.FLAGGED.name())
                .setOnInsert("flaggedAt", Date.from(clock.instant()))
                .addToSet("reasons")
                .each(voter.suspicions().stream().map(Enum::name).sorted().toArray());
        BallotSignals signals = voter.signals();
        if (signals != null) {
            update.set("clientNetwork", signals.clientNetwork()).set("emailDomain", signals.emailDomain());
            if (signals.accountCreatedAt() != null) {
                update.set("accountCreatedAt", Date.from(signals.accountCreatedAt()));
            }
        }
        mongo.upsert(byId(edition, voter.voterId()), update, COLLECTION);
    }

    /**
     * Records the admin's decision on the voter's listing, and the decision itself in the listing's
     * {@value #DECISIONS}: the audit trail's record of it, in the same write.
     */
    public void decided(int edition, String voterId, BallotStatus decision, ReviewDecision recorded) {
        mongo.updateFirst(
                byId(edition, voterId),
                new Update()
                        .set("status", decision.name())
                        .set("decidedBy", recorded.by().userId())
                        .set("decidedAt", Date.from(clock.instant()))
                        .push(
                                DECISIONS,
                                new Document("id", recorded.id())
                                        .append("decision", decision.name())
                                        .append("by", recorded.by().userId())
                                        .append("byName", recorded.by().name())
                                        .append("at", Date.from(recorded.at()))
                                        .append("selection", recorded.selection())),
                COLLECTION);
    }

    /**
     * The admins' decisions on an edition's voters, one line per decision with the number of voters it
     * decided, counted from the voters' listings.
     */
    public List<AuditLine> decisions(int edition) {
        Aggregation grouped = Aggregation.newAggregation(
                Aggregation.match(
                        Criteria.where("edition").is(edition).and(DECISIONS).exists(true)),
                Aggregation.unwind(DECISIONS),
                Aggregation.group(DECISIONS + ".id")
                        .first(DECISIONS + ".decision")
                        .as("decision")
                        .first(DECISIONS + ".by")
                        .as("by")
                        .first(DECISIONS + ".byName")
                        .as("byName")
                        .first(DECISIONS + ".selection")
                        .as("selection")
                        .min(DECISIONS + ".at")
                        .as("at")
                        .count()
                        .as("voters"));
        return mongo.aggregate(grouped, COLLECTION, Document.class).getMappedResults().stream()
                .map(d -> new AuditLine(
                        d.getString("_id"),
                        edition,
                        AdminAction.BALLOTS_REVIEWED,
                        new Admin(d.getString("by"), d.getString("byName")),
                        d.getDate("at").toInstant(),
                        "ballots",
                        Map.of(
                                "decision", d.getString("decision"),
                                "voters", String.valueOf(((Number) d.get("voters")).longValue()),
                                "selection", d.getString("selection"))))
                .toList();
    }

    /** The listed voters matching the filters, oldest flag first. */
    public List<FlaggedVoter> find(
            int edition,
            @Nullable BallotStatus status,
            @Nullable Suspicion reason,
            @Nullable String network,
            int page,
            int size) {
        Query query = filter(edition, status, reason, network)
                .with(Sort.by("flaggedAt", "_id"))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(FlaggedVoters::listed)
                .toList();
    }

    public long count(
            int edition, @Nullable BallotStatus status, @Nullable Suspicion reason, @Nullable String network) {
        return mongo.count(filter(edition, status, reason, network), COLLECTION);
    }

    /** Every listed voter of an edition, for the summary: voters per status and per reason. */
    public List<FlaggedVoter> all(int edition) {
        Query query = filter(edition, null, null, null);
        query.fields().exclude("accountCreatedAt", "emailDomain", "clientNetwork");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(FlaggedVoters::listed)
                .toList();
    }

    /** The ids of the listed voters matching the filters. */
    public List<String> voterIds(
            int edition, @Nullable BallotStatus status, @Nullable Suspicion reason, @Nullable String network) {
        Query query = filter(edition, status, reason, network);
        query.fields().include("voterId");
        List<String> ids = new ArrayList<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> ids.add(d.getString("voterId")));
        return ids;
    }

    private static Query filter(
            int edition, @Nullable BallotStatus status, @Nullable Suspicion reason, @Nullable String network) {
        Criteria criteria = Criteria.where("edition").is(edition);
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        if (reason != null) {
            criteria = criteria.and("reasons").is(reason.name());
        }
        if (network != null) {
            criteria = criteria.and("clientNetwork").is(network);
        }
        return Query.query(criteria);
    }

    private static Query byId(int edition, String voterId) {
        return Query.query(Criteria.where("_id").is(idOf(edition, voterId)));
    }

    /** A listed voter, without their ballots (the tally buckets hold those). */
    private static FlaggedVoter listed(Document d) {
        Collection<String> reasons = d.getList("reasons", String.class, List.of());
        return new FlaggedVoter(
                d.getString("voterId"),
                BallotStatus.valueOf(d.getString("status")),
                reasons.stream().map(Suspicion::valueOf).sorted().toList(),
                d.getString("clientNetwork"),
                d.getString("emailDomain"),
                instant(d.getDate("accountCreatedAt")),
                instant(d.getDate("flaggedAt")),
                d.getString("decidedBy"),
                instant(d.getDate("decidedAt")),
                Map.of());
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
