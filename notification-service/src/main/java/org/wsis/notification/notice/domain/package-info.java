/** What a recipient is told about one event: plain Java, shared by routing, mail and digests. */
@NullMarked
package org.wsis.notification.notice.domain;

import org.jspecify.annotations.NullMarked;
