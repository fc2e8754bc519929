@NullMarked
package org.wsis.community.moderation.messaging;

import org.jspecify.annotations.NullMarked;
