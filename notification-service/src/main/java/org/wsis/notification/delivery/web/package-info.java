/** The delivery feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.notification.delivery.web;

import org.jspecify.annotations.NullMarked;
