/** The broadcast feature's MongoDB storage: each broadcast with its announcement, its cursor and its lease. */
@NullMarked
package org.wsis.notification.broadcast.mongo;

import org.jspecify.annotations.NullMarked;
