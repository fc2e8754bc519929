/** The privacy feature's MongoDB storage: the erasures asked for, each with its announcement in the outbox. */
@NullMarked
package org.wsis.notification.privacy.mongo;

import org.jspecify.annotations.NullMarked;
