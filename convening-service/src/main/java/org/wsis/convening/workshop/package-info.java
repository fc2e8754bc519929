/** Thematic workshops: proposed by a convenor on a theme, held with the convenors it invites, reviewed by the programme's admins. */
@NullMarked
package org.wsis.convening.workshop;

import org.jspecify.annotations.NullMarked;
