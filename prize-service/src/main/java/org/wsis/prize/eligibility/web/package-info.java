/** The eligibility feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.prize.eligibility.web;

import org.jspecify.annotations.NullMarked;
