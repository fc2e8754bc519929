@NullMarked
package org.wsis.convening.venue.web;

import org.jspecify.annotations.NullMarked;
