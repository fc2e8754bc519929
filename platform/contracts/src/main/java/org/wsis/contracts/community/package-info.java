/** Events of the community: the forum's posts ({@code wsis.community.v1}). */
@NullMarked
package org.wsis.contracts.community;

import org.jspecify.annotations.NullMarked;
