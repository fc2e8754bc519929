/** The tally feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.prize.tally.web;

import org.jspecify.annotations.NullMarked;
