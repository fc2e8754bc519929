package org.wsis.prize.edition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.wsis.prize.audit.AuditSource;
import org.wsis.prize.audit.domain.Admin;
import org.wsis.prize.audit.domain.AdminAction;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.edition.domain.Edition;
import org.wsis.prize.edition.domain.EditionRules;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.edition.mongo.EditionStore;
import org.wsis.servicekit.problem.Refusal;

/** Admins plan editions and move them along their phases; each change is saved with its audit line. */
@Service
public class Editions implements AuditSource {

    private final EditionStore store;
    private final Clock clock;

    public Editions(EditionStore store, Clock clock) {
        this.store = store;
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
        if (!store.insert(edition, planned)) {
            throw Refusal.conflict("edition-exists", "The edition " + year + " exists already.");
        }
        return get(year);
    }

    /** Moves the edition to its next phase; the move and its audit line are one write. */
    public Edition advance(int year, Phase next, long expectedVersion, Admin by) {
        EditionStore.Stored stored = stored(year);
        Edition edition = stored.edition();
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
        store.update(stored, edition, moved);
        return get(year);
    }

    @Override
    public List<AuditLine> auditOf(int edition) {
        return stored(edition).audit();
    }

    private EditionStore.Stored stored(int year) {
        return store.find(year).orElseThrow(() -> Refusal.notFound("Edition " + year));
    }

    public Edition get(int year) {
        return stored(year).edition();
    }

    public Optional<Edition> find(int year) {
        return store.find(year).map(EditionStore.Stored::edition);
    }

    public List<Edition> all() {
        return store.all();
    }
}
