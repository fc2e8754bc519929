/** WSIS Prizes: web. */
@NullMarked
package org.wsis.prize.web;

import org.jspecify.annotations.NullMarked;
