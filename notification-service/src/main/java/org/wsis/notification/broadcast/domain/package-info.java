@NullMarked
package org.wsis.notification.broadcast.domain;

import org.jspecify.annotations.NullMarked;
