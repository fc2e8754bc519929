package org.wsis.convening.calendar.mongo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.ActionLine;
import org.wsis.convening.calendar.domain.CalendarEvent;
import org.wsis.convening.calendar.domain.EventDetails;
import org.wsis.convening.calendar.domain.EventType;
import org.wsis.convening.publication.mongo.ItemDocuments;
import org.wsis.convening.publication.mongo.PublicationDocuments;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * The calendar's events in the {@value #COLLECTION} collection. A save is one conditional update of one
 * document at the version it was loaded at, with the event's new domain events appended to its outbox.
 */
@Repository
public class EventStore {

    public static final String COLLECTION = "events";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public EventStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // A person's events: their list, their erasure and their export.
        Indexes.ascending(mongo, COLLECTION, "ownerId");
    }

    public Optional<CalendarEvent> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(EventStore::toEvent);
    }

    /** The events {@code userId} listed, newest first. */
    public List<CalendarEvent> ownedBy(String userId) {
        return mongo
                .find(
                        new Query(Criteria.where("ownerId").is(userId))
                                .with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(EventStore::toEvent)
                .toList();
    }

    /** Hands every event changed at or after {@code since} to {@code sink}, oldest change first. */
    public int forEachChangedSince(Instant since, Consumer<CalendarEvent> sink) {
        return ItemDocuments.forEachChangedSince(mongo, COLLECTION, since, EventStore::toEvent, sink);
    }

    /** Declares the index {@link #forEachChangedSince} reads; a server may refuse it (the query still works). */
    public void declareChangeIndex() {
        Indexes.ascending(mongo, COLLECTION, "updatedAt");
    }

    /** Saves a new or loaded event; returns the stored version. */
    public long save(CalendarEvent event) {
        return documents.save(COLLECTION, event.id(), event.version(), state(event), event.pendingEvents());
    }

    /** Inserts events brought in from elsewhere (demonstration data) as they are, with no domain events. */
    public void insertImported(Collection<CalendarEvent> events) {
        ItemDocuments.insertImported(mongo, COLLECTION, events, CalendarEvent::id, EventStore::state);
    }

    public long count() {
        return mongo.getCollection(COLLECTION).estimatedDocumentCount();
    }

    private static Document state(CalendarEvent event) {
        CalendarEvent.State s = event.state();
        return new Document("ownerId", s.owner().userId())
                .append("owner", RecipientDocuments.toDocument(s.owner()))
                .append("publication", PublicationDocuments.toDocument(s.publication(), EventStore::details))
                .append("createdAt", Date.from(s.createdAt()))
                .append("updatedAt", Date.from(s.updatedAt()));
    }

    private static Document details(EventDetails d) {
        return new Document("title", d.title())
                .append("type", d.type().name())
                .append("organiser", d.organiser())
                .append("description", d.description())
                .append("startsAt", d.startsAt().toString())
                .append("endsAt", d.endsAt().toString())
                .append("timeZone", d.timeZone().getId())
                .append("link", d.link())
                .append("place", d.place())
                .append("country", d.country())
                .append("language", d.language())
                .append("actionLines", d.actionLines().stream().map(Enum::name).toList())
                .append("sdgs", d.sdgs());
    }

    private static EventDetails details(Document d) {
        return new EventDetails(
                d.getString("title"),
                EventType.valueOf(d.getString("type")),
                d.getString("organiser"),
                d.getString("description"),
                LocalDateTime.parse(d.getString("startsAt")),
                LocalDateTime.parse(d.getString("endsAt")),
                ZoneId.of(d.getString("timeZone")),
                d.getString("link"),
                d.getString("place"),
                d.getString("country"),
                d.getString("language"),
                d.getList("actionLines", String.class).stream()
                        .map(ActionLine::valueOf)
                        .toList(),
                d.getList("sdgs", Integer.class));
    }

    private static CalendarEvent toEvent(Document d) {
        return CalendarEvent.restore(new CalendarEvent.State(
                d.getString("_id"),
                RecipientDocuments.fromDocument(d.get("owner", Document.class)),
                PublicationDocuments.fromDocument(d.get("publication", Document.class), EventStore::details),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
