/** The WSIS Prizes stream and its categories. */
@NullMarked
package org.wsis.contracts.prize;

import org.jspecify.annotations.NullMarked;
