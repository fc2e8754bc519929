/**
 * A person's data in prize-service: their download of it, and the erasure of their account applied to
 * nominations, votes, the counting side and expert review.
 */
@NullMarked
package org.wsis.prize.privacy;

import org.jspecify.annotations.NullMarked;
