/** The review feature's MongoDB storage: the experts known, their assignments, their reviews. */
@NullMarked
package org.wsis.prize.review.mongo;

import org.jspecify.annotations.NullMarked;
