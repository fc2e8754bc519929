/** WSIS Prizes: champions, winners and published results. */
@NullMarked
package org.wsis.prize.results;

import org.jspecify.annotations.NullMarked;
