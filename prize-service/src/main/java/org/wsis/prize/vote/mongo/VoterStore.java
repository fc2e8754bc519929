package org.wsis.prize.vote.mongo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.prize.vote.domain.Voter;
import org.wsis.servicekit.outbox.AggregateDocuments;
import org.wsis.servicekit.outbox.OutboxRelay;

/**
 * Voters in {@value #COLLECTION}, one document per voter and edition: their votes by category, and their
 * ballots in its outbox until the relay has handed them to {@code wsis.ballot.v1}.
 */
@Repository
public class VoterStore {

    public static final String COLLECTION = "voters";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public VoterStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    /** The voter as stored, or a voter who has not voted yet in the edition. */
    public Voter load(int year, String voterId) {
        Document d = mongo.findById(Voter.idFor(year, voterId), Document.class, COLLECTION);
        if (d == null) {
            return Voter.first(year, voterId);
        }
        Map<Integer, String> votes = new HashMap<>();
        d.get("votes", Document.class)
                .forEach((category, nomination) -> votes.put(Integer.valueOf(category), (String) nomination));
        return Voter.restore(year, voterId, votes, AggregateDocuments.versionOf(d));
    }

    /**
     * Saves the voter with their new ballots, in one conditional write at the version they were loaded
     * with; false when another vote of the same person landed first (load and apply the rules again).
     */
    public boolean save(Voter voter) {
        try {
            if (voter.version() == null) {
                documents.insert(COLLECTION, voter.id(), state(voter), voter.pendingEvents());
            } else {
                documents.update(COLLECTION, voter.id(), voter.version(), state(voter), voter.pendingEvents());
            }
            return true;
        } catch (DuplicateKeyException | OptimisticLockingFailureException concurrent) {
            return false;
        }
    }

    /** The editions a person voted in, in order. */
    public Set<Integer> editionsOf(String voterId) {
        Set<Integer> editions = new TreeSet<>();
        for (Document d : votersOf(voterId)) {
            editions.add(d.getInteger("edition"));
        }
        return editions;
    }

    /**
     * Removes a person's voter documents, each at the version it was read at (a vote landing meanwhile is
     * not lost). A document whose ballots still wait in its outbox is left for the relay to empty first,
     * and the erasure fails so that it is tried again: removing it would lose those ballots. Returns the
     * editions the person voted in.
     */
    public Set<Integer> erase(String voterId) {
        Set<Integer> editions = new TreeSet<>();
        for (Document d : votersOf(voterId)) {
            editions.add(d.getInteger("edition"));
            if (!d.getList(OutboxRelay.FIELD, Object.class, List.of()).isEmpty()) {
                throw new IllegalStateException("Ballots of " + d.getString("_id") + " are still leaving; erase again");
            }
            Query unchanged = Query.query(Criteria.where("_id")
                    .is(d.getString("_id"))
                    .and(AggregateDocuments.VERSION)
                    .is(AggregateDocuments.versionOf(d)));
            if (mongo.remove(unchanged, COLLECTION).getDeletedCount() == 0) {
                throw new IllegalStateException("Voter " + d.getString("_id") + " changed meanwhile; erase again");
            }
        }
        return editions;
    }

    private List<Document> votersOf(String voterId) {
        return mongo.find(Query.query(Criteria.where("voterId").is(voterId)), Document.class, COLLECTION);
    }

    private static Document state(Voter voter) {
        Document votes = new Document();
        voter.votes().forEach((category, nomination) -> votes.append(String.valueOf(category), nomination));
        return new Document("edition", voter.edition())
                .append("voterId", voter.voterId())
                .append("votes", votes)
                .append("voted", voter.votes().size());
    }
}
