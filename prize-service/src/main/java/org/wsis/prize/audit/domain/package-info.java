/** What the admins' audit trail records, in plain Java. */
@NullMarked
package org.wsis.prize.audit.domain;

import org.jspecify.annotations.NullMarked;
