package org.wsis.notification.preference;

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
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.Preferences;
import org.wsis.notification.preference.domain.Segment;
import org.wsis.servicekit.mongo.RecipientDocuments;

/**
 * The people this service writes to, learnt from the events that name them and from their own tokens:
 * their address, name and language, what they are (stakeholder, moderator, voter of an edition) and
 * their preferences. Also which entry belongs to whom and which nominees an edition has, so that
 * events naming only an entry or an edition reach the right people.
 *
 * <p>Collections: {@value #RECIPIENTS} (one per person, by user id), {@value #ENTRY_OWNERS} (by entry
 * id) and {@value #NOMINEES} (by nomination id). Every write is an upsert of facts, so a redelivered
 * event writes the same thing again.
 */
@Service
public class Recipients {

    public static final String RECIPIENTS = "recipients";
    public static final String ENTRY_OWNERS = "entryOwners";
    public static final String NOMINEES = "nominees";

    /** A person as a broadcast page lists them, with their preferences. */
    public record Listed(Recipient recipient, Preferences preferences) {}

    private final MongoOperations mongo;
    private final Clock clock;

    public Recipients(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records the person's address as an event gives it; {@code stakeholder} marks an entry's owner. */
    public void remember(Recipient person, boolean stakeholder) {
        mongo.upsert(byId(person.userId()), contact(person, stakeholder), RECIPIENTS);
    }

    /** Records a signed-in person from their token, with what their roles make them. */
    public void enrol(Recipient person, boolean stakeholder, boolean moderator) {
        mongo.upsert(byId(person.userId()), contact(person, stakeholder).set("moderator", moderator), RECIPIENTS);
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

    public void rememberEntry(String entryId, Recipient owner, String title) {
        mongo.upsert(
                byId(entryId),
                new Update().set("owner", RecipientDocuments.toDocument(owner)).set("title", title),
                ENTRY_OWNERS);
        remember(owner, true);
    }

    /** The owner of an entry and the entry's title, if this service has seen the entry. */
    public Optional<Map.Entry<Recipient, String>> entryOwner(String entryId) {
        Document entry = mongo.findById(entryId, Document.class, ENTRY_OWNERS);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(
                RecipientDocuments.fromDocument(entry.get("owner", Document.class)), entry.getString("title")));
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
        remember(owner, true);
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
                .map(Recipients::recipientOf)
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

    /** One page of a segment, in user id order after {@code afterUserId}, for a broadcast walking it. */
    public List<Listed> page(Segment segment, @Nullable Integer edition, @Nullable String afterUserId, int size) {
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
                    .map(d -> new Listed(recipientOf(d), preferencesOf(d)))
                    .toList();
        }
        Criteria criteria = segment == Segment.EDITION_VOTERS
                ? Criteria.where("votedEditions").is(edition)
                : Criteria.where("stakeholder").is(true);
        if (afterUserId != null) {
            criteria =
                    new Criteria().andOperator(criteria, Criteria.where("_id").gt(afterUserId));
        }
        Query query = new Query(criteria).with(Sort.by("_id")).limit(size);
        return mongo.find(query, Document.class, RECIPIENTS).stream()
                .map(d -> new Listed(recipientOf(d), preferencesOf(d)))
                .toList();
    }

    public long count(Segment segment, @Nullable Integer edition) {
        return switch (segment) {
            case NOMINEE_OWNERS -> nomineeOwners(edition == null ? 0 : edition).size();
            case EDITION_VOTERS ->
                mongo.count(new Query(Criteria.where("votedEditions").is(edition)), RECIPIENTS);
            case ALL_STAKEHOLDERS ->
                mongo.count(new Query(Criteria.where("stakeholder").is(true)), RECIPIENTS);
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

    static Preferences preferencesOf(Document person) {
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
