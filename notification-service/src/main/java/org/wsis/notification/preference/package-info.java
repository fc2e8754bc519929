@NullMarked
package org.wsis.notification.preference;

import org.jspecify.annotations.NullMarked;
