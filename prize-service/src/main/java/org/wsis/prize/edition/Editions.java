package org.wsis.prize.edition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.wsis.prize.audit.AuditDocuments;
import org.wsis.prize.audit.AuditSource;
import org.wsis.prize.audit.domain.Admin;
import org.wsis.prize.audit.domain.AdminAction;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.edition.domain.Edition;
import org.wsis.prize.edition.domain.EditionRules;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.servicekit.outbox.AggregateDocuments;
import org.wsis.servicekit.problem.Refusal;

/**
 * Editions in the {@value #COLLECTION} collection, one document per year, saved with their events and
 * the audit lines of the admins who planned and moved them.
 */
@Service
public class Editions implements AuditSource {

    public static final String COLLECTION = "editions";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;
    private final Clock clock;

    public Editions(MongoOperations mongo, AggregateDocuments documents, Clock clock) {
        this.mongo = mongo;
        this.documents = documents;
        this.clock = clock;
    }

    public Edition plan(int year, EditionRules rules, Map<Phase, LocalDate> schedule, Admin by) {
        Edition edition = Edition.plan(year, rules, schedule);
        AuditLine planned = AuditLine.of(
                year,
                AdminAction.EDITION_PLANNED,
                by,
                clock.instant(),
                String.valueOf(year),
                Map.of(
                        "completeBallotRequired", String.valueOf(rules.completeBallotRequired()),
                        "championsPerCategory", String.valueOf(rules.championsPerCategory())));
        try {
            documents.insert(
                    COLLECTION,
                    String.valueOf(year),
                    state(edition).append(AuditDocuments.FIELD, List.of(AuditDocuments.toDocument(planned))),
                    edition.pendingEvents());
        } catch (DuplicateKeyException exists) {
            throw Refusal.conflict("edition-exists", "The edition " + year + " exists already.");
        }
        return get(year);
    }

    /** Moves the edition to its next phase; the move and its audit line are one write. */
    public Edition advance(int year, Phase next, long expectedVersion, Admin by) {
        Document stored = stored(year);
        Edition edition = toEdition(stored);
        if (edition.version() != null && edition.version() != expectedVersion) {
            throw Refusal.staleVersion();
        }
        Phase from = edition.phase();
        edition.advanceTo(next, clock.instant());
        AuditLine moved = AuditLine.of(
                year,
                AdminAction.PHASE_CHANGED,
                by,
                clock.instant(),
                String.valueOf(year),
                Map.of("from", from.name(), "to", next.name()));
        documents.update(
                COLLECTION,
                String.valueOf(year),
                edition.version(),
                state(edition).append(AuditDocuments.FIELD, AuditDocuments.appended(stored, moved)),
                edition.pendingEvents());
        return get(year);
    }

    @Override
    public List<AuditLine> auditOf(int edition) {
        return AuditDocuments.linesOf(edition, stored(edition));
    }

    private Document stored(int year) {
        Document d = mongo.findById(String.valueOf(year), Document.class, COLLECTION);
        if (d == null) {
            throw Refusal.notFound("Edition " + year);
        }
        return d;
    }

    public Edition get(int year) {
        return find(year).orElseThrow(() -> Refusal.notFound("Edition " + year));
    }

    public Optional<Edition> find(int year) {
        return Optional.ofNullable(mongo.findById(String.valueOf(year), Document.class, COLLECTION))
                .map(Editions::toEdition);
    }

    public List<Edition> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "year")), Document.class, COLLECTION).stream()
                .map(Editions::toEdition)
                .toList();
    }

    private static Document state(Edition edition) {
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
                                .append("championsPerCategory", r.championsPerCategory()));
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
