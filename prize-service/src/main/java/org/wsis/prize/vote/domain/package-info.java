/** A voter and their ballots, in plain Java. */
@NullMarked
package org.wsis.prize.vote.domain;

import org.jspecify.annotations.NullMarked;
