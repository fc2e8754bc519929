/** A venue's programme: its accepted workshops given rooms and slots by Timefold Solver in the background, adjusted and pinned by the programme's admins, published to everybody and announced to each workshop's convenors. */
@NullMarked
package org.wsis.convening.programme;

import org.jspecify.annotations.NullMarked;
