@NullMarked
package org.wsis.convening.venue.mongo;

import org.jspecify.annotations.NullMarked;
