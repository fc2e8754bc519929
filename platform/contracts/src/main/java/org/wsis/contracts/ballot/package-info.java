/** The public vote's stream. */
@NullMarked
package org.wsis.contracts.ballot;

import org.jspecify.annotations.NullMarked;
