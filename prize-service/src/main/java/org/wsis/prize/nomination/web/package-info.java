/** The nomination feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.prize.nomination.web;

import org.jspecify.annotations.NullMarked;
