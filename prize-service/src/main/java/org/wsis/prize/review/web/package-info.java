/** The review feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.prize.review.web;

import org.jspecify.annotations.NullMarked;
