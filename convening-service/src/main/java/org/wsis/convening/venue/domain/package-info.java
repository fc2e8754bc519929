@NullMarked
package org.wsis.convening.venue.domain;

import org.jspecify.annotations.NullMarked;
