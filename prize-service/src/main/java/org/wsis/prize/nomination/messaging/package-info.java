/** The nomination feature the streams it reads (consumers). */
@NullMarked
package org.wsis.prize.nomination.messaging;

import org.jspecify.annotations.NullMarked;
