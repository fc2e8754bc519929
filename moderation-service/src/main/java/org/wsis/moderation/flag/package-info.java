/**
 * Community flags on published entries: one per person and entry, each weighed when it is raised (only
 * flags from established accounts with a verified address count towards the threshold that sends an
 * entry back to the queue), and limited per account across replicas. The rules are in {@code domain}.
 */
@NullMarked
package org.wsis.moderation.flag;

import org.jspecify.annotations.NullMarked;
