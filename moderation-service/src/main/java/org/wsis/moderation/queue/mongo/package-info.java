@NullMarked
package org.wsis.moderation.queue.mongo;

import org.jspecify.annotations.NullMarked;
