/** The tally feature the streams it reads (consumers). */
@NullMarked
package org.wsis.prize.tally.messaging;

import org.jspecify.annotations.NullMarked;
