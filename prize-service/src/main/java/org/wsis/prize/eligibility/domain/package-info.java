/** An eligible entry: plain data, no rules of its own yet. */
@NullMarked
package org.wsis.prize.eligibility.domain;

import org.jspecify.annotations.NullMarked;
