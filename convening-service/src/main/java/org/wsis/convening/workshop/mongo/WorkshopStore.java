package org.wsis.convening.workshop.mongo;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.convening.publication.mongo.PublicationDocuments;
import org.wsis.convening.workshop.domain.Invitation;
import org.wsis.convening.workshop.domain.Workshop;
import org.wsis.convening.workshop.domain.WorkshopDetails;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Workshops in the {@value #COLLECTION} collection. A save is one conditional update of one document at the
 * version it was loaded at, with the workshop's new domain events appended to its outbox.
 */
@Repository
public class WorkshopStore {

    public static final String COLLECTION = "workshops";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public WorkshopStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // A venue's workshops; the workshops a convenor proposed or is invited to.
        Indexes.ascending(mongo, COLLECTION, "venueId");
        Indexes.ascending(mongo, COLLECTION, "convenorIds");
        // A person's proposals: their erasure and their export.
        Indexes.ascending(mongo, COLLECTION, "ownerId");
    }

    public Optional<Workshop> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(WorkshopStore::toWorkshop);
    }

    /** Every workshop proposed for a venue, oldest first. */
    public List<Workshop> atVenue(String venueId) {
        return find(Criteria.where("venueId").is(venueId));
    }

    /** The workshops proposed by, or inviting, one of {@code convenorIds}, newest first. */
    public List<Workshop> involving(Collection<String> convenorIds) {
        if (convenorIds.isEmpty()) {
            return List.of();
        }
        List<Workshop> found = find(Criteria.where("convenorIds").in(convenorIds));
        return found.reversed();
    }

    /** The workshops {@code userId} proposed, oldest first. */
    public List<Workshop> ownedBy(String userId) {
        return find(Criteria.where("ownerId").is(userId));
    }

    /** Saves a new or loaded workshop; returns the stored version. */
    public long save(Workshop workshop) {
        return documents.save(COLLECTION, workshop.id(), workshop.version(), state(workshop), workshop.pendingEvents());
    }

    private List<Workshop> find(Criteria criteria) {
        return mongo.find(new Query(criteria).with(Sort.by("createdAt", "_id")), Document.class, COLLECTION).stream()
                .map(WorkshopStore::toWorkshop)
                .toList();
    }

    private static Document state(Workshop workshop) {
        Workshop.State s = workshop.state();
        return new Document("venueId", s.venueId())
                .append("venue", s.venue())
                .append("convenorId", s.convenorId())
                .append("convenor", s.convenor())
                .append("convenorType", s.convenorType().name())
                .append("convenorIds", workshop.involvedConvenorIds())
                .append("ownerId", s.owner().userId())
                .append("owner", RecipientDocuments.toDocument(s.owner()))
                .append(
                        "invitations",
                        s.invitations().stream().map(WorkshopStore::invitation).toList())
                .append("publication", PublicationDocuments.toDocument(s.publication(), WorkshopStore::details))
                .append("mergedInto", s.mergedInto())
                .append("createdAt", Date.from(s.createdAt()))
                .append("updatedAt", Date.from(s.updatedAt()));
    }

    private static Document invitation(Invitation i) {
        return new Document("convenorId", i.convenorId())
                .append("convenor", i.convenor())
                .append("stakeholderType", i.stakeholderType().name())
                .append("answer", i.answer().name())
                .append("invitedAt", Date.from(i.invitedAt()))
                .append("answeredAt", i.answeredAt() == null ? null : Date.from(i.answeredAt()));
    }

    private static Invitation invitation(Document d) {
        @Nullable Date answeredAt = d.getDate("answeredAt");
        return new Invitation(
                d.getString("convenorId"),
                d.getString("convenor"),
                StakeholderType.valueOf(d.getString("stakeholderType")),
                Invitation.Answer.valueOf(d.getString("answer")),
                d.getDate("invitedAt").toInstant(),
                answeredAt == null ? null : answeredAt.toInstant());
    }

    private static Document details(WorkshopDetails d) {
        return new Document("title", d.title())
                .append("description", d.description())
                .append("theme", d.theme())
                .append("issueIds", d.issueIds())
                .append("attendance", d.attendance())
                .append("length", d.length())
                .append("interpretation", d.interpretation())
                .append("stepFree", d.stepFree())
                .append("hybrid", d.hybrid())
                .append("days", d.days().stream().map(LocalDate::toString).toList())
                .append(
                        "preferredDays",
                        d.preferredDays().stream().map(LocalDate::toString).toList());
    }

    private static WorkshopDetails details(Document d) {
        return new WorkshopDetails(
                d.getString("title"),
                d.getString("description"),
                d.getString("theme"),
                d.getList("issueIds", String.class),
                d.getInteger("attendance"),
                d.getInteger("length"),
                d.getList("interpretation", String.class),
                d.getBoolean("stepFree"),
                d.getBoolean("hybrid"),
                d.getList("days", String.class).stream().map(LocalDate::parse).toList(),
                d.getList("preferredDays", String.class).stream()
                        .map(LocalDate::parse)
                        .toList());
    }

    private static Workshop toWorkshop(Document d) {
        return Workshop.restore(new Workshop.State(
                d.getString("_id"),
                d.getString("venueId"),
                d.getString("venue"),
                d.getString("convenorId"),
                d.getString("convenor"),
                StakeholderType.valueOf(d.getString("convenorType")),
                RecipientDocuments.fromDocument(d.get("owner", Document.class)),
                d.getList("invitations", Document.class).stream()
                        .map(WorkshopStore::invitation)
                        .toList(),
                PublicationDocuments.fromDocument(d.get("publication", Document.class), WorkshopStore::details),
                d.getString("mergedInto"),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
