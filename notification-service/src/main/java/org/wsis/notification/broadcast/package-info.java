@NullMarked
package org.wsis.notification.broadcast;

import org.jspecify.annotations.NullMarked;
