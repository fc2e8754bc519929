/** Events of the stocktaking entry lifecycle ({@code wsis.entry.v1}). */
@NullMarked
package org.wsis.contracts.entry;

import org.jspecify.annotations.NullMarked;
