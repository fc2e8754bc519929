/** A person's own data in the moderation service: their export, and the erasure of their account. */
@NullMarked
package org.wsis.moderation.privacy;

import org.jspecify.annotations.NullMarked;
