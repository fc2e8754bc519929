/** What the moderation queue decides about the community's posts: flagged past the threshold, then restored or removed. */
@NullMarked
package org.wsis.community.moderation;

import org.jspecify.annotations.NullMarked;
