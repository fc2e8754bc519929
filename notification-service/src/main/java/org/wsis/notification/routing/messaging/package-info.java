@NullMarked
package org.wsis.notification.routing.messaging;

import org.jspecify.annotations.NullMarked;
