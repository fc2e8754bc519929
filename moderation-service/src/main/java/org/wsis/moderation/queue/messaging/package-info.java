@NullMarked
package org.wsis.moderation.queue.messaging;

import org.jspecify.annotations.NullMarked;
