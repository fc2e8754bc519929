/** WSIS Prizes: edition. */
@NullMarked
package org.wsis.prize.edition;

import org.jspecify.annotations.NullMarked;
