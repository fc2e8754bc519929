/** Moderators' and the programme's admins' decisions, each applied to the convening item it names. */
@NullMarked
package org.wsis.convening.moderation;

import org.jspecify.annotations.NullMarked;
