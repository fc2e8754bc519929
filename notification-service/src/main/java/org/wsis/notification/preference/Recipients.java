package org.wsis.notification.preference;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.notification.preference.domain.HeldRecipient;
import org.wsis.notification.preference.domain.ListedRecipient;
import org.wsis.notification.preference.domain.Preferences;
import org.wsis.notification.preference.domain.Segment;
import org.wsis.notification.preference.mongo.RecipientStore;
import org.wsis.servicekit.privacy.ErasedAccounts;

/**
 * The people this service writes to, learnt from the events that name them and from their own tokens:
 * their address, name and language, what they are (stakeholder, moderator, voter of an edition) and
 * their preferences. Also which entry belongs to whom and which nominees an edition has, so that
 * events naming only an entry or an edition reach the right people.
 *
 * <p>A person whose account was erased is never recorded again, whatever names them later: an event
 * from before the erasure that arrives after it (a stream that lags, a copy published twice) does not
 * bring them back.
 */
@Service
public class Recipients {

    private final RecipientStore store;
    private final ErasedAccounts erased;

    public Recipients(RecipientStore store, ErasedAccounts erased) {
        this.store = store;
        this.erased = erased;
    }

    /** Whether the person erased their account: nothing is recorded about them and nothing is sent to them. */
    public boolean isErased(String userId) {
        return erased.isErased(userId);
    }

    /** Which of these people erased their account, in one read. */
    public Set<String> erasedAmong(Collection<String> userIds) {
        return erased.erasedAmong(userIds);
    }

    /** Records the person's address as an event gives it; {@code stakeholder} marks an entry's owner. */
    public void remember(Recipient person, boolean stakeholder) {
        if (!erased.isErased(person.userId())) {
            store.remember(person, stakeholder);
        }
    }

    /**
     * Records a signed-in person from their token, with what their roles make them and whether their
     * address is verified (only such a person can receive someone's entries when that someone erases
     * their account).
     */
    public void enrol(Recipient person, boolean stakeholder, boolean moderator, boolean emailVerified) {
        if (!erased.isErased(person.userId())) {
            store.enrol(person, stakeholder, moderator, emailVerified);
        }
    }

    /** Records voters of editions, one bulk write for a poll's ballots. */
    public void rememberVoters(Map<Recipient, Integer> voterToEdition) {
        Set<String> gone = erased.erasedAmong(
                voterToEdition.keySet().stream().map(Recipient::userId).toList());
        store.rememberVoters(voterToEdition.entrySet().stream()
                .filter(voter -> !gone.contains(voter.getKey().userId()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /**
     * The person signed in with a verified {@code email} and can receive entries, if there is one (the
     * most recently seen, should the identity provider ever have given one address to two accounts).
     */
    public Optional<Recipient> verifiedAccountWithAddress(String email) {
        return store.verifiedAccountWithAddress(email);
    }

    public void rememberEntry(String entryId, Recipient owner, String title) {
        if (erased.isErased(owner.userId())) {
            // An event from before the owner's erasure: the entry keeps the owner the erasure gave it.
            return;
        }
        store.rememberEntry(entryId, owner, title);
        store.remember(owner, true);
    }

    /** The owner of an entry and the entry's title, if this service has seen the entry and its owner is not erased. */
    public Optional<Map.Entry<Recipient, String>> entryOwner(String entryId) {
        return store.entryOwner(entryId);
    }

    /** Whether the entry is known and its owner erased their account (and with it, the entry). */
    public boolean entryOwnerErased(String entryId) {
        return store.entryOwnerErased(entryId);
    }

    /** The title of an entry this service has seen. */
    public Optional<String> entryTitle(String entryId) {
        return store.entryTitle(entryId);
    }

    public void rememberNominee(String nominationId, int edition, String title, Recipient owner) {
        if (erased.isErased(owner.userId())) {
            return;
        }
        store.rememberNominee(nominationId, edition, title, owner);
        store.remember(owner, true);
    }

    /** The owners of an edition's nominees, each with the titles of their nominees. */
    public Map<Recipient, List<String>> nomineeOwners(int edition) {
        return store.nomineeOwners(edition);
    }

    public List<Recipient> moderators() {
        return store.moderators();
    }

    public Preferences preferencesOf(String userId) {
        return store.preferencesOf(userId);
    }

    /** The preferences of several people in one read; people never seen have the defaults. */
    public Map<String, Preferences> preferencesOf(Collection<String> userIds) {
        return store.preferencesOf(userIds);
    }

    public void save(String userId, Preferences preferences) {
        store.save(userId, preferences);
    }

    /** What this service holds about the person, for their own export; empty when it holds nothing. */
    public Optional<HeldRecipient> recordOf(String userId) {
        return store.recordOf(userId);
    }

    /**
     * Forgets an erased person: their address, name, language and preferences go. Their entries pass to
     * {@code transferTo}, or are marked as their erased owner's (events about them then reach nobody),
     * and so do their nominees. Doing it again finds nothing left to change.
     */
    public void erase(String userId, @Nullable Recipient transferTo) {
        store.erase(userId, transferTo);
    }

    /** One page of a segment, in user id order after {@code afterUserId}, for a broadcast walking it. */
    public List<ListedRecipient> page(
            Segment segment, @Nullable Integer edition, @Nullable String afterUserId, int size) {
        return store.page(segment, edition, afterUserId, size);
    }

    public long count(Segment segment, @Nullable Integer edition) {
        return store.count(segment, edition);
    }
}
