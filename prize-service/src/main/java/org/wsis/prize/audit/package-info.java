/** WSIS Prizes: the admins' audit trail, gathered from the documents the actions changed. */
@NullMarked
package org.wsis.prize.audit;

import org.jspecify.annotations.NullMarked;
