/**
 * Community flags on published entries: one per person and entry, counted towards the threshold that
 * sends an entry back to the queue. Flat: the rule is a count.
 */
@NullMarked
package org.wsis.moderation.flag;

import org.jspecify.annotations.NullMarked;
