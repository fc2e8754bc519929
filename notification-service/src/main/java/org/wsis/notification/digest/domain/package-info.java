/** A digest's items: plain data. */
@NullMarked
package org.wsis.notification.digest.domain;

import org.jspecify.annotations.NullMarked;
