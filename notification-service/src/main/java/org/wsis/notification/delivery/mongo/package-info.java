/** The delivery feature's MongoDB storage: the delivery log and the queue of mail still to send. */
@NullMarked
package org.wsis.notification.delivery.mongo;

import org.jspecify.annotations.NullMarked;
