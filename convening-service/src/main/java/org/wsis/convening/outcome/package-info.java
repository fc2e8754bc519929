/** What came out of a workshop: the key challenges its convenors formulated together, who agreed, and the follow-up mechanisms proposed; gathered per theme across the years. */
@NullMarked
package org.wsis.convening.outcome;

import org.jspecify.annotations.NullMarked;
