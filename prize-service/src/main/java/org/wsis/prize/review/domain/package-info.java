/** The rules of expert scoring, in plain Java. */
@NullMarked
package org.wsis.prize.review.domain;

import org.jspecify.annotations.NullMarked;
