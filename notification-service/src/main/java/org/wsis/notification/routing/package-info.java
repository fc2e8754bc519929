@NullMarked
package org.wsis.notification.routing;

import org.jspecify.annotations.NullMarked;
