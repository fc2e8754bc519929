@NullMarked
package org.wsis.notification;

import org.jspecify.annotations.NullMarked;
