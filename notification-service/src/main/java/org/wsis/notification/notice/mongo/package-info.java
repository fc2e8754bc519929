/** A notice as MongoDB keeps it, inside a delivery or a digest item. */
@NullMarked
package org.wsis.notification.notice.mongo;

import org.jspecify.annotations.NullMarked;
