package org.wsis.convening.calendar;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.wsis.convening.calendar.domain.Follow;
import org.wsis.convening.calendar.mongo.FollowStore;
import org.wsis.convening.publication.Callers;
import org.wsis.convening.publication.domain.PublicationRefused;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/** People following public calendar entries, to be reminded of them. */
@Service
public class Follows {

    private final FollowStore store;
    private final Calendar calendar;
    private final ErasedAccounts erased;
    private final Clock clock;

    public Follows(FollowStore store, Calendar calendar, ErasedAccounts erased, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.erased = erased;
        this.clock = clock;
    }

    /** The caller follows a public entry; following it again changes nothing. */
    public void follow(Caller caller, String entryKey) {
        if (calendar.entry(entryKey).isEmpty()) {
            throw Refusal.notFound("Calendar entry " + entryKey);
        }
        if (erased.isErased(caller.userId())) {
            throw new PublicationRefused("account-erased", "This account was erased; it follows no events.");
        }
        store.insert(Follow.start(entryKey, Callers.recipient(caller), clock.instant()));
    }

    /** The caller stops following an entry (whether or not it is still public); doing it again changes nothing. */
    public void unfollow(Caller caller, String entryKey) {
        store.delete(Follow.idOf(entryKey, caller.userId()));
    }

    public boolean follows(Caller caller, String entryKey) {
        return store.find(Follow.idOf(entryKey, caller.userId())).isPresent();
    }

    /** The public entries the caller follows, earliest first. */
    public List<CalendarEntry> following(Caller caller) {
        return store.ofFollower(caller.userId()).stream()
                .flatMap(f -> calendar.entry(f.entryKey()).stream())
                .sorted(Comparator.comparing(e -> e.start().toInstant()))
                .toList();
    }
}
