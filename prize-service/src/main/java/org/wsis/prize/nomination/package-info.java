/** WSIS Prizes: nomination. */
@NullMarked
package org.wsis.prize.nomination;

import org.jspecify.annotations.NullMarked;
