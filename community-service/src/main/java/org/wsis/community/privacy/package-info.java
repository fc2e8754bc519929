/** A person's data in the community: their export, and the erasure of their account. */
@NullMarked
package org.wsis.community.privacy;

import org.jspecify.annotations.NullMarked;
