/** The preference feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.notification.preference.web;

import org.jspecify.annotations.NullMarked;
