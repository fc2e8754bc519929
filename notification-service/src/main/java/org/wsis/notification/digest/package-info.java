@NullMarked
package org.wsis.notification.digest;

import org.jspecify.annotations.NullMarked;
