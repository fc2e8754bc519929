/** The results feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.prize.results.web;

import org.jspecify.annotations.NullMarked;
