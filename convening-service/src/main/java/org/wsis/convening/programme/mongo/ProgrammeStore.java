package org.wsis.convening.programme.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;
import org.wsis.convening.programme.domain.Announcement;
import org.wsis.convening.programme.domain.Placement;
import org.wsis.convening.programme.domain.VenueProgramme;
import org.wsis.convening.venue.domain.SlotRef;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Programmes in the {@value #COLLECTION} collection, one per venue (the venue's id is the programme's). A
 * save is one conditional update at the version it was loaded at, with the announcements of a publication
 * appended to its outbox in the same write.
 */
@Repository
public class ProgrammeStore {

    public static final String COLLECTION = "programmes";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public ProgrammeStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    public Optional<VenueProgramme> find(String venueId) {
        return Optional.ofNullable(mongo.findById(venueId, Document.class, COLLECTION))
                .map(ProgrammeStore::toProgramme);
    }

    /** Saves a new or loaded programme; returns the stored version. */
    public long save(VenueProgramme programme) {
        return documents.save(
                COLLECTION, programme.venueId(), programme.version(), state(programme), programme.pendingEvents());
    }

    private static Document state(VenueProgramme programme) {
        VenueProgramme.State s = programme.state();
        return new Document(
                        "placements",
                        s.placements().stream()
                                .map(p -> slot(new Document("workshopId", p.workshopId()), p.start())
                                        .append("roomId", p.roomId())
                                        .append("pinned", p.pinned()))
                                .toList())
                .append(
                        "announced",
                        s.announced().stream()
                                .map(a -> slot(new Document("workshopId", a.workshopId()), a.start())
                                        .append("roomId", a.roomId())
                                        .append("sequence", a.sequence())
                                        .append("firstAnnouncedAt", Date.from(a.firstAnnouncedAt()))
                                        .append("announcedAt", Date.from(a.announcedAt())))
                                .toList())
                .append(
                        "solving",
                        s.solving() == null
                                ? null
                                : new Document(
                                                "startedAt",
                                                Date.from(s.solving().startedAt()))
                                        .append("token", s.solving().token())
                                        .append("until", Date.from(s.solving().until()))
                                        .append("bestScore", s.solving().bestScore()))
                .append("score", s.score())
                .append("solvedAt", date(s.solvedAt()))
                .append("publications", s.publications())
                .append("publishedAt", date(s.publishedAt()))
                .append("updatedAt", Date.from(s.updatedAt()));
    }

    private static Document slot(Document d, SlotRef ref) {
        return d.append("day", ref.day().toString()).append("slot", ref.slot());
    }

    private static SlotRef slot(Document d) {
        return new SlotRef(LocalDate.parse(d.getString("day")), d.getInteger("slot"));
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }

    private static VenueProgramme toProgramme(Document d) {
        Document solving = d.get("solving", Document.class);
        return VenueProgramme.restore(new VenueProgramme.State(
                d.getString("_id"),
                d.getList("placements", Document.class).stream()
                        .map(p -> new Placement(
                                p.getString("workshopId"), p.getString("roomId"), slot(p), p.getBoolean("pinned")))
                        .toList(),
                d.getList("announced", Document.class).stream()
                        .map(a -> new Announcement(
                                a.getString("workshopId"),
                                a.getString("roomId"),
                                slot(a),
                                a.getInteger("sequence"),
                                a.getDate("firstAnnouncedAt").toInstant(),
                                a.getDate("announcedAt").toInstant()))
                        .toList(),
                solving == null
                        ? null
                        : new VenueProgramme.Solving(
                                solving.getString("token"),
                                solving.getDate("startedAt").toInstant(),
                                solving.getDate("until").toInstant(),
                                solving.getString("bestScore")),
                d.getString("score"),
                instant(d.getDate("solvedAt")),
                d.getInteger("publications"),
                instant(d.getDate("publishedAt")),
                d.getDate("updatedAt").toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
