package org.wsis.prize.edition.mongo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.audit.mongo.AuditDocuments;
import org.wsis.prize.edition.domain.Edition;
import org.wsis.prize.edition.domain.EditionRules;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Editions in the {@value #COLLECTION} collection, one document per year ({@code _id} the year), saved
 * with their pending events and the audit lines of the admins who planned and moved them.
 */
@Repository
public class EditionStore {

    public static final String COLLECTION = "editions";

    /** An edition as stored, with the audit lines its document holds. */
    public record Stored(Edition edition, List<AuditLine> audit) {}

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public EditionStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    /** Saves a new edition with its first audit line; false when the year has an edition already. */
    public boolean insert(Edition edition, AuditLine planned) {
        try {
            documents.insert(
                    COLLECTION,
                    String.valueOf(edition.year()),
                    state(edition, List.of(planned)),
                    edition.pendingEvents());
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    /**
     * Saves a loaded edition's changes with one more audit line, at the version it was loaded with (a
     * concurrent change makes it a stale-version refusal).
     */
    public void update(Stored before, Edition edition, AuditLine appended) {
        List<AuditLine> audit = new ArrayList<>(before.audit());
        audit.add(appended);
        Long version = before.edition().version();
        documents.update(
                COLLECTION,
                String.valueOf(edition.year()),
                version == null ? 0 : version,
                state(edition, audit),
                edition.pendingEvents());
    }

    public Optional<Stored> find(int year) {
        return Optional.ofNullable(mongo.findById(String.valueOf(year), Document.class, COLLECTION))
                .map(d -> new Stored(toEdition(d), AuditDocuments.linesOf(year, d)));
    }

    /** Every edition, the newest first. */
    public List<Edition> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "year")), Document.class, COLLECTION).stream()
                .map(EditionStore::toEdition)
                .toList();
    }

    private static Document state(Edition edition, List<AuditLine> audit) {
        Document schedule = new Document();
        edition.schedule().forEach((phase, day) -> schedule.append(phase.name(), day.toString()));
        EditionRules r = edition.rules();
        return new Document("year", edition.year())
                .append("phase", edition.phase().name())
                .append("schedule", schedule)
                .append(
                        "rules",
                        new Document("completeBallotRequired", r.completeBallotRequired())
                                .append("oneNominationPerEntityPerCategory", r.oneNominationPerEntityPerCategory())
                                .append("previousWinnersIneligible", r.previousWinnersIneligible())
                                .append("championsPerCategory", r.championsPerCategory()))
                .append(
                        AuditDocuments.FIELD,
                        audit.stream().map(AuditDocuments::toDocument).toList());
    }

    private static Edition toEdition(Document d) {
        Document r = d.get("rules", Document.class);
        Map<Phase, LocalDate> schedule = new EnumMap<>(Phase.class);
        d.get("schedule", Document.class)
                .forEach((phase, day) -> schedule.put(Phase.valueOf(phase), LocalDate.parse((String) day)));
        return Edition.restore(
                d.getInteger("year"),
                new EditionRules(
                        r.getBoolean("completeBallotRequired"),
                        r.getBoolean("oneNominationPerEntityPerCategory"),
                        r.getBoolean("previousWinnersIneligible"),
                        r.getInteger("championsPerCategory")),
                schedule,
                Phase.valueOf(d.getString("phase")),
                AggregateDocuments.versionOf(d));
    }
}
