/** The audit feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.prize.audit.web;

import org.jspecify.annotations.NullMarked;
