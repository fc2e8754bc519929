package org.wsis.notification.preference.mongo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.Recipient;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.HeldRecipient;
import org.wsis.notification.preference.domain.ListedRecipient;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.Preferences;
import org.wsis.notification.preference.domain.Segment;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;

/**
 * The people this service writes to, as MongoDB keeps them. Collections: {@value #RECIPIENTS} (one per
 * person, by user id), {@value #ENTRY_OWNERS} (by entry id) and {@value #NOMINEES} (by nomination id).
 * Every write is an upsert of facts, so a redelivered event writes the same thing again.
 */
@Repository
public class RecipientStore {

    public static final String RECIPIENTS = "recipients";
    public static final String ENTRY_OWNERS = "entryOwners";
    public static final String NOMINEES = "nominees";

    private final MongoOperations mongo;
    private final Clock clock;

    public RecipientStore(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        // The segments of broadcasts, and the nominees of an edition.
        Indexes.ascending(mongo, RECIPIENTS, "votedEditions");
        Indexes.ascending(mongo, RECIPIENTS, "stakeholder");
        Indexes.ascending(mongo, RECIPIENTS, "moderator");
        Indexes.ascending(mongo, NOMINEES, "edition");
        // A person's own data: their export, their erasure, and whom they transfer their entries to.
        Indexes.ascending(mongo, RECIPIENTS, "email");
        Indexes.ascending(mongo, ENTRY_OWNERS, "owner.userId");
        Indexes.ascending(mongo, NOMINEES, "ownerId");
    }

    /** Records the person's address as an event gives it; {@code stakeholder} marks an entry's owner. */
    public void remember(Recipient person, boolean stakeholder) {
        mongo.upsert(byId(person.userId()), contact(person, stakeholder), RECIPIENTS);
    }

    /**
     * Records a signed-in person from their token, with what their roles make them and whether their
     * address is verified (only such a person can receive someone's entries when that someone erases
     * their account).
     */
    public void enrol(Recipient person, boolean stakeholder, boolean moderator, boolean emailVerified) {
        mongo.upsert(
                byId(person.userId()),
                contact(person, stakeholder).set("moderator", moderator).set("emailVerified", emailVerified),
                RECIPIENTS);
    }

    /** Records voters of editions, one bulk write for a poll's ballots. */
    public void rememberVoters(Map<Recipient, Integer> voterToEdition) {
        if (voterToEdition.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, RECIPIENTS);
        voterToEdition.forEach((voter, edition) ->
                bulk.upsert(byId(voter.userId()), contact(voter).addToSet("votedEditions", edition)));
        bulk.execute();
    }

    /**
     * The person signed in with a verified {@code email} and can receive entries, if there is one (the
     * most recently seen, should the identity provider ever have given one address to two accounts).
     */
    public Optional<Recipient> verifiedAccountWithAddress(String email) {
        Query query = new Query(Criteria.where("email")
                        .regex("^" + java.util.regex.Pattern.quote(email.strip()) + "$", "i")
                        .and("emailVerified")
                        .is(true))
                .with(Sort.by(Sort.Direction.DESC, "updatedAt"))
                .limit(1);
        return mongo.find(query, Document.class, RECIPIENTS).stream()
                .findFirst()
                .map(RecipientStore::recipientOf);
    }

    public void rememberEntry(String entryId, Recipient owner, String title) {
        mongo.upsert(
                byId(entryId),
                new Update().set("owner", RecipientDocuments.toDocument(owner)).set("title", title),
                ENTRY_OWNERS);
    }

    /** The owner of an entry and the entry's title, if this service has seen the entry and its owner is not erased. */
    public Optional<Map.Entry<Recipient, String>> entryOwner(String entryId) {
        Document entry = mongo.findById(entryId, Document.class, ENTRY_OWNERS);
        if (entry == null || entry.get("owner", Document.class) == null) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(
                RecipientDocuments.fromDocument(entry.get("owner", Document.class)), entry.getString("title")));
    }

    /** Whether the entry is known and its owner erased their account (and with it, the entry). */
    public boolean entryOwnerErased(String entryId) {
        return mongo.exists(
                new Query(Criteria.where("_id").is(entryId).and("ownerErased").is(true)), ENTRY_OWNERS);
    }

    /** The title of an entry this service has seen. */
    public Optional<String> entryTitle(String entryId) {
        return Optional.ofNullable(mongo.findById(entryId, Document.class, ENTRY_OWNERS))
                .map(entry -> entry.getString("title"));
    }

    public void rememberNominee(String nominationId, int edition, String title, Recipient owner) {
        mongo.upsert(
                byId(nominationId),
                new Update()
                        .set("edition", edition)
                        .set("title", title)
                        .set("owner", RecipientDocuments.toDocument(owner))
                        .set("ownerId", owner.userId()),
                NOMINEES);
    }

    /** The owners of an edition's nominees, each with the titles of their nominees. */
    public Map<Recipient, List<String>> nomineeOwners(int edition) {
        Map<String, Recipient> owners = new LinkedHashMap<>();
        Map<String, List<String>> titles = new LinkedHashMap<>();
        Query query = new Query(Criteria.where("edition").is(edition)).with(Sort.by("ownerId", "title"));
        for (Document nominee : mongo.find(query, Document.class, NOMINEES)) {
            Recipient owner = RecipientDocuments.fromDocument(nominee.get("owner", Document.class));
            owners.putIfAbsent(owner.userId(), owner);
            titles.computeIfAbsent(owner.userId(), k -> new ArrayList<>()).add(nominee.getString("title"));
        }
        Map<Recipient, List<String>> result = new LinkedHashMap<>();
        owners.forEach((id, owner) -> result.put(owner, titles.get(id)));
        return result;
    }

    public List<Recipient> moderators() {
        return mongo.find(new Query(Criteria.where("moderator").is(true)), Document.class, RECIPIENTS).stream()
                .map(RecipientStore::recipientOf)
                .toList();
    }

    public Preferences preferencesOf(String userId) {
        Document person = mongo.findById(userId, Document.class, RECIPIENTS);
        return person == null ? Preferences.defaults() : preferencesOf(person);
    }

    /** The preferences of several people in one read; people never seen have the defaults. */
    public Map<String, Preferences> preferencesOf(java.util.Collection<String> userIds) {
        Map<String, Preferences> found = new java.util.HashMap<>();
        mongo.find(new Query(Criteria.where("_id").in(userIds)), Document.class, RECIPIENTS)
                .forEach(person -> found.put(person.getString("_id"), preferencesOf(person)));
        userIds.forEach(id -> found.putIfAbsent(id, Preferences.defaults()));
        return found;
    }

    public void save(String userId, Preferences preferences) {
        Document frequencies = new Document();
        preferences.frequencies().forEach((type, frequency) -> frequencies.append(type.name(), frequency.name()));
        mongo.upsert(
                byId(userId),
                new Update()
                        .set("frequencies", frequencies)
                        .set("digestHour", preferences.digestHour())
                        .set("digestDay", preferences.digestDay().name())
                        .set("timeZone", preferences.timeZone().getId())
                        .set("preferencesChangedAt", Date.from(clock.instant())),
                RECIPIENTS);
    }

    /** What this service holds about the person, for their own export; empty when it holds nothing. */
    public Optional<HeldRecipient> recordOf(String userId) {
        return Optional.ofNullable(mongo.findById(userId, Document.class, RECIPIENTS))
                .map(held -> new HeldRecipient(
                        held.getString("email"),
                        held.getString("displayName"),
                        held.getString("locale"),
                        Boolean.TRUE.equals(held.getBoolean("stakeholder")),
                        Boolean.TRUE.equals(held.getBoolean("moderator")),
                        Boolean.TRUE.equals(held.getBoolean("emailVerified")),
                        held.getList("votedEditions", Integer.class, List.of())));
    }

    /**
     * Forgets a person: their address, name, language and preferences go. Their entries pass to {@code
     * transferTo}, or are marked as their erased owner's, and so do their nominees. Doing it again finds
     * nothing left to change.
     */
    public void erase(String userId, @Nullable Recipient transferTo) {
        mongo.remove(byId(userId), RECIPIENTS);
        Query ownedEntries = new Query(Criteria.where("owner.userId").is(userId));
        Query ownedNominees = new Query(Criteria.where("ownerId").is(userId));
        if (transferTo != null) {
            Document owner = RecipientDocuments.toDocument(transferTo);
            mongo.updateMulti(ownedEntries, new Update().set("owner", owner), ENTRY_OWNERS);
            mongo.updateMulti(
                    ownedNominees, new Update().set("owner", owner).set("ownerId", transferTo.userId()), NOMINEES);
        } else {
            mongo.updateMulti(ownedEntries, new Update().unset("owner").set("ownerErased", true), ENTRY_OWNERS);
            mongo.remove(ownedNominees, NOMINEES);
        }
    }

    /** One page of a segment, in user id order after {@code afterUserId}, for a broadcast walking it. */
    public List<ListedRecipient> page(
            Segment segment, @Nullable Integer edition, @Nullable String afterUserId, int size) {
        if (segment == Segment.NOMINEE_OWNERS) {
            List<String> owners = nomineeOwners(edition == null ? 0 : edition).keySet().stream()
                    .map(Recipient::userId)
                    .filter(id -> afterUserId == null || id.compareTo(afterUserId) > 0)
                    .sorted()
                    .limit(size)
                    .toList();
            return mongo
                    .find(new Query(Criteria.where("_id").in(owners)).with(Sort.by("_id")), Document.class, RECIPIENTS)
                    .stream()
                    .map(d -> new ListedRecipient(recipientOf(d), preferencesOf(d)))
                    .toList();
        }
        Criteria criteria = segmentCriteria(segment, edition);
        if (afterUserId != null) {
            criteria =
                    new Criteria().andOperator(criteria, Criteria.where("_id").gt(afterUserId));
        }
        Query query = new Query(criteria).with(Sort.by("_id")).limit(size);
        return mongo.find(query, Document.class, RECIPIENTS).stream()
                .map(d -> new ListedRecipient(recipientOf(d), preferencesOf(d)))
                .toList();
    }

    public long count(Segment segment, @Nullable Integer edition) {
        return switch (segment) {
            case NOMINEE_OWNERS -> nomineeOwners(edition == null ? 0 : edition).size();
            case EDITION_VOTERS, ALL_STAKEHOLDERS, NEWS_SUBSCRIBERS ->
                mongo.count(new Query(segmentCriteria(segment, edition)), RECIPIENTS);
        };
    }

    private static Criteria segmentCriteria(Segment segment, @Nullable Integer edition) {
        return switch (segment) {
            case EDITION_VOTERS -> Criteria.where("votedEditions").is(edition);
            // Off by default: only those who switched the news on.
            case NEWS_SUBSCRIBERS ->
                Criteria.where("frequencies." + NotificationType.NEWS.name()).is(Frequency.IMMEDIATE.name());
            case ALL_STAKEHOLDERS -> Criteria.where("stakeholder").is(true);
            case NOMINEE_OWNERS -> throw new IllegalArgumentException("Nominee owners are found from the nominees");
        };
    }

    /** The contact fields; being a stakeholder is only ever added, never taken away by a later write. */
    private Update contact(Recipient person, boolean stakeholder) {
        Update update = contact(person);
        if (stakeholder) {
            update.set("stakeholder", true);
        }
        return update;
    }

    private Update contact(Recipient person) {
        Update update = new Update()
                .set("email", person.email())
                .set("displayName", person.displayName())
                .set("updatedAt", Date.from(clock.instant()));
        if (person.locale() != null) {
            update.set("locale", person.locale());
        }
        return update;
    }

    private static Preferences preferencesOf(Document person) {
        Map<NotificationType, Frequency> frequencies = new EnumMap<>(NotificationType.class);
        Document stored = person.get("frequencies", Document.class);
        if (stored != null) {
            for (NotificationType type : NotificationType.values()) {
                String value = stored.getString(type.name());
                if (value != null) {
                    frequencies.put(type, Frequency.valueOf(value));
                }
            }
        }
        Integer hour = person.getInteger("digestHour");
        String day = person.getString("digestDay");
        String zone = person.getString("timeZone");
        return new Preferences(
                frequencies,
                hour == null ? Preferences.DEFAULT_DIGEST_HOUR : hour,
                day == null ? Preferences.DEFAULT_DIGEST_DAY : DayOfWeek.valueOf(day),
                zone == null ? Preferences.DEFAULT_TIME_ZONE : ZoneId.of(zone));
    }

    private static Recipient recipientOf(Document person) {
        return new Recipient(
                person.getString("_id"),
                person.getString("email"),
                person.getString("displayName"),
                person.getString("locale"));
    }

    private static Query byId(String id) {
        return new Query(Criteria.where("_id").is(id));
    }
}
