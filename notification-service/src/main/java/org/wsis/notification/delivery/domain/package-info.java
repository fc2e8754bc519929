@NullMarked
package org.wsis.notification.delivery.domain;

import org.jspecify.annotations.NullMarked;
