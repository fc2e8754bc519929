/**
 * The entries that may be nominated for a WSIS Prize: a projection of published stocktaking entries,
 * kept from the entry stream. Flat: it has no rules of its own yet.
 */
@NullMarked
package org.wsis.prize.eligibility;

import org.jspecify.annotations.NullMarked;
