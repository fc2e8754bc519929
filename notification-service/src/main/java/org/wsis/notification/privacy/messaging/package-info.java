@NullMarked
package org.wsis.notification.privacy.messaging;

import org.jspecify.annotations.NullMarked;
