@NullMarked
package org.wsis.notification.delivery;

import org.jspecify.annotations.NullMarked;
