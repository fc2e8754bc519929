/** The tally feature's MongoDB storage: the tally buckets, the review list of flagged voters, the networks' windows. */
@NullMarked
package org.wsis.prize.tally.mongo;

import org.jspecify.annotations.NullMarked;
