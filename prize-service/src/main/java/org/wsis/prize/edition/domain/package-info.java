/** The rules of a WSIS Prizes edition, in plain Java. */
@NullMarked
package org.wsis.prize.edition.domain;

import org.jspecify.annotations.NullMarked;
