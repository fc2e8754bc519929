/** The venues of thematic workshops: their days, time slots and rooms, set up by the programme's admins. */
@NullMarked
package org.wsis.convening.venue;

import org.jspecify.annotations.NullMarked;
