/** A nomination from screening to award, in plain Java. */
@NullMarked
package org.wsis.prize.nomination.domain;

import org.jspecify.annotations.NullMarked;
