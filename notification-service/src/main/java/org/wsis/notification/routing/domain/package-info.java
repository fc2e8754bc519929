@NullMarked
package org.wsis.notification.routing.domain;

import org.jspecify.annotations.NullMarked;
