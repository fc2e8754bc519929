/** The eligible entries' MongoDB storage. */
@NullMarked
package org.wsis.prize.eligibility.mongo;

import org.jspecify.annotations.NullMarked;
