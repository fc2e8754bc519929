/** The broadcast feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.notification.broadcast.web;

import org.jspecify.annotations.NullMarked;
