@NullMarked
package org.wsis.moderation.queue;

import org.jspecify.annotations.NullMarked;
