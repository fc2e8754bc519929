/** The privacy feature the streams it reads (consumers). */
@NullMarked
package org.wsis.prize.privacy.messaging;

import org.jspecify.annotations.NullMarked;
