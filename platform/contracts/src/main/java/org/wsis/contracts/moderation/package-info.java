/** Events of the moderation queue ({@code wsis.moderation.v1}). */
@NullMarked
package org.wsis.contracts.moderation;

import org.jspecify.annotations.NullMarked;
