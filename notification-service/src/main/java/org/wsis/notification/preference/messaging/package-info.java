/** The preference feature the streams it reads (consumers). */
@NullMarked
package org.wsis.notification.preference.messaging;

import org.jspecify.annotations.NullMarked;
