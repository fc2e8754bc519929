/** The vote feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.prize.vote.web;

import org.jspecify.annotations.NullMarked;
