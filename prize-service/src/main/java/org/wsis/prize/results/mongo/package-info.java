/** The results feature's MongoDB storage: the Winners admins selected. */
@NullMarked
package org.wsis.prize.results.mongo;

import org.jspecify.annotations.NullMarked;
