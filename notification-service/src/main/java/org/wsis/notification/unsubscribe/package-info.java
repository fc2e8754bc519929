/** The page behind the unsubscribe link of every mail: preferences changed in the mail's language. */
@NullMarked
package org.wsis.notification.unsubscribe;

import org.jspecify.annotations.NullMarked;
