@NullMarked
package org.wsis.notification.mail;

import org.jspecify.annotations.NullMarked;
