package org.wsis.prize.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wsis.prize.review.domain.Expert;
import org.wsis.prize.review.domain.KnownExpert;
import org.wsis.prize.review.mongo.ExpertStore;
import org.wsis.servicekit.privacy.ErasedAccounts;

/**
 * The experts prize-service knows: every account that opened its review page holding the {@code expert}
 * role, recorded from its own token (ADR 0017). Admins assign only experts known here, so a mistyped or
 * invented id is refused; what an expert may do is still decided by the role in their token at each
 * request.
 */
@Component
public class ExpertDirectory {

    private final ExpertStore store;
    private final ErasedAccounts erased;
    private final Clock clock;

    ExpertDirectory(ExpertStore store, ErasedAccounts erased, Clock clock) {
        this.store = store;
        this.erased = erased;
        this.clock = clock;
    }

    /** Records that the expert signed in with the role, with their name and organisation as they are now. */
    public KnownExpert seen(Expert expert) {
        Instant now = clock.instant();
        if (!erased.isErased(expert.userId())) {
            // A token issued before the erasure is still valid for a few minutes: it records no one again.
            store.seen(expert, now);
        }
        return new KnownExpert(expert.userId(), expert.name(), expert.organisation(), now);
    }

    /** The expert's own record, for their export. */
    public Optional<KnownExpert> recordOf(String expertId) {
        return store.find(expertId);
    }

    /** The expert erased their account: they are no longer known, and cannot be assigned. */
    public void erase(String expertId) {
        store.remove(expertId);
    }

    public boolean knows(String expertId) {
        return store.exists(expertId);
    }

    /** Every known expert, by name. */
    public List<KnownExpert> all() {
        return store.all();
    }
}
