/** WSIS Prizes: vote. */
@NullMarked
package org.wsis.prize.vote;

import org.jspecify.annotations.NullMarked;
