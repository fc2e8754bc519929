/** The rules of counting: a voter's ballots, their status and the suspicions that hold them back. */
@NullMarked
package org.wsis.prize.tally.domain;

import org.jspecify.annotations.NullMarked;
