/** What every web adapter of the service shares: requests refused field by field. */
@NullMarked
package org.wsis.notification.web;

import org.jspecify.annotations.NullMarked;
