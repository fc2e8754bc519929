/** Notices, the part of the service below routing, mail and digests, and their stored form. */
@NullMarked
package org.wsis.notification.notice;

import org.jspecify.annotations.NullMarked;
