/** The edition feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.prize.edition.web;

import org.jspecify.annotations.NullMarked;
