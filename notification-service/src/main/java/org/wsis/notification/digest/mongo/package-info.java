/** The digest feature's MongoDB storage: the notices waiting for a digest. */
@NullMarked
package org.wsis.notification.digest.mongo;

import org.jspecify.annotations.NullMarked;
