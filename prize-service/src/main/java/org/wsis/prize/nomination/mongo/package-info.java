/** The nomination feature its MongoDB storage. */
@NullMarked
package org.wsis.prize.nomination.mongo;

import org.jspecify.annotations.NullMarked;
