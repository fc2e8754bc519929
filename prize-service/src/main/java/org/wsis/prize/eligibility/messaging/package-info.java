/** The eligibility feature the streams it reads (consumers). */
@NullMarked
package org.wsis.prize.eligibility.messaging;

import org.jspecify.annotations.NullMarked;
