/** WSIS Prizes: expert review. */
@NullMarked
package org.wsis.prize.review;

import org.jspecify.annotations.NullMarked;
