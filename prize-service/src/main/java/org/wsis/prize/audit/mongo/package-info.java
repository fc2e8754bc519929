/** The audit feature its MongoDB storage. */
@NullMarked
package org.wsis.prize.audit.mongo;

import org.jspecify.annotations.NullMarked;
