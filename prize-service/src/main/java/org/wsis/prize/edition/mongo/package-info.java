/** The edition feature its MongoDB storage. */
@NullMarked
package org.wsis.prize.edition.mongo;

import org.jspecify.annotations.NullMarked;
