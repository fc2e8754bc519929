/** The unsubscribe feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.notification.unsubscribe.web;

import org.jspecify.annotations.NullMarked;
