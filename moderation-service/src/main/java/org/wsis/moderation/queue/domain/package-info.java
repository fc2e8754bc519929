@NullMarked
package org.wsis.moderation.queue.domain;

import org.jspecify.annotations.NullMarked;
