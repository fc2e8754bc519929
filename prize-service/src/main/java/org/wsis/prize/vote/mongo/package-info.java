/** The vote feature its MongoDB storage. */
@NullMarked
package org.wsis.prize.vote.mongo;

import org.jspecify.annotations.NullMarked;
