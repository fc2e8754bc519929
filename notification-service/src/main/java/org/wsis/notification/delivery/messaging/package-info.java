@NullMarked
package org.wsis.notification.delivery.messaging;

import org.jspecify.annotations.NullMarked;
