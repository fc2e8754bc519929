package org.wsis.prize.tally;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.wsis.prize.tally.mongo.TallyBuckets;
import org.wsis.servicekit.privacy.ErasedAccounts;

/**
 * What stands for an erased account everywhere in prize-service: the kit's pseudonym of the account
 * (stable, not to be turned back), with a counter appended so that it falls in the same tally bucket as
 * the account itself ({@link Tallies} spreads voters over buckets by a hash of their id). An erased
 * voter's ballots therefore move to their pseudonym inside the bucket that holds them, in one
 * conditional write, without moving a counter from one bucket to another; and the pseudonym reaches
 * that bucket whoever looks it up (an admin reviewing the voter, a late copy of one of their ballots).
 */
@Component
public class PrizePseudonyms {

    private final ErasedAccounts erased;

    PrizePseudonyms(ErasedAccounts erased) {
        this.erased = erased;
    }

    /** The pseudonym of {@code accountId} in this service, whether or not it is erased. */
    public String of(String accountId) {
        return sameBucket(erased.pseudonymOf(accountId), accountId);
    }

    /** Which of {@code accountIds} are erased, each with its pseudonym; one read. */
    public Map<String, String> ofErased(Collection<String> accountIds) {
        Map<String, String> pseudonyms = new HashMap<>();
        erased.erasedAmong(accountIds).forEach(id -> pseudonyms.put(id, of(id)));
        return pseudonyms;
    }

    public boolean isErased(String accountId) {
        return erased.isErased(accountId);
    }

    /** Records the erasure, so that from now on what names the account is recorded under its pseudonym. */
    public void record(String accountId) {
        erased.record(accountId);
    }

    /** {@code base} with the first counter that puts it in {@code accountId}'s bucket: about 4,096 hashes. */
    static String sameBucket(String base, String accountId) {
        int bucket = TallyBuckets.bucketIndex(accountId);
        for (int n = 0; ; n++) {
            String candidate = base + "-" + n;
            if (TallyBuckets.bucketIndex(candidate) == bucket) {
                return candidate;
            }
        }
    }
}
