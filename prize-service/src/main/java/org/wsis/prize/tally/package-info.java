/** WSIS Prizes: tally. */
@NullMarked
package org.wsis.prize.tally;

import org.jspecify.annotations.NullMarked;
