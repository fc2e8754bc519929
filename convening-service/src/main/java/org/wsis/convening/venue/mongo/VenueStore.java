package org.wsis.convening.venue.mongo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.convening.venue.domain.MultiStakeholderRule;
import org.wsis.convening.venue.domain.SessionSlot;
import org.wsis.convening.venue.domain.SlotRef;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.convening.venue.domain.VenueRoom;
import org.wsis.servicekit.outbox.AggregateDocuments;

/** Venues in the {@value #COLLECTION} collection, one document each, saved at the version they were loaded at. */
@Repository
public class VenueStore {

    public static final String COLLECTION = "venues";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public VenueStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    public Optional<Venue> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(VenueStore::toVenue);
    }

    /** Every venue, the latest first. */
    public List<Venue> all() {
        return mongo
                .find(new Query().with(Sort.by(Sort.Direction.DESC, "firstDay", "_id")), Document.class, COLLECTION)
                .stream()
                .map(VenueStore::toVenue)
                .toList();
    }

    /** Saves a new or loaded venue; returns the stored version. */
    public long save(Venue venue) {
        return documents.save(COLLECTION, venue.id(), venue.version(), state(venue), List.of());
    }

    private static Document state(Venue v) {
        return new Document("name", v.name())
                .append("year", v.year())
                .append("timeZone", v.timeZone().getId())
                .append("firstDay", v.days().getFirst().toString())
                .append("days", v.days().stream().map(LocalDate::toString).toList())
                .append(
                        "slots",
                        v.slots().stream()
                                .map(s -> new Document("start", s.start().toString())
                                        .append("end", s.end().toString()))
                                .toList())
                .append("rooms", v.rooms().stream().map(VenueStore::room).toList())
                .append("minConvenors", v.rule().minConvenors())
                .append("minStakeholderTypes", v.rule().minStakeholderTypes())
                .append("updatedAt", Date.from(v.updatedAt()));
    }

    private static Document room(VenueRoom r) {
        return new Document("id", r.id())
                .append("name", r.name())
                .append("capacity", r.capacity())
                .append("booths", r.booths())
                .append("streaming", r.streaming())
                .append("stepFree", r.stepFree())
                .append(
                        "closed",
                        r.closed().stream()
                                .map(c -> new Document("day", c.day().toString()).append("slot", c.slot()))
                                .toList());
    }

    private static VenueRoom room(Document d) {
        return new VenueRoom(
                d.getString("id"),
                d.getString("name"),
                d.getInteger("capacity"),
                d.getInteger("booths"),
                d.getBoolean("streaming"),
                d.getBoolean("stepFree"),
                d.getList("closed", Document.class).stream()
                        .map(c -> new SlotRef(LocalDate.parse(c.getString("day")), c.getInteger("slot")))
                        .toList());
    }

    private static Venue toVenue(Document d) {
        return new Venue(
                d.getString("_id"),
                d.getString("name"),
                d.getInteger("year"),
                ZoneId.of(d.getString("timeZone")),
                d.getList("days", String.class).stream().map(LocalDate::parse).toList(),
                d.getList("slots", Document.class).stream()
                        .map(s -> new SessionSlot(
                                LocalTime.parse(s.getString("start")), LocalTime.parse(s.getString("end"))))
                        .toList(),
                d.getList("rooms", Document.class).stream()
                        .map(VenueStore::room)
                        .toList(),
                new MultiStakeholderRule(d.getInteger("minConvenors"), d.getInteger("minStakeholderTypes")),
                d.getDate("updatedAt").toInstant(),
                AggregateDocuments.versionOf(d));
    }
}
