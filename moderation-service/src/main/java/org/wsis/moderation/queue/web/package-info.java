@NullMarked
package org.wsis.moderation.queue.web;

import org.jspecify.annotations.NullMarked;
