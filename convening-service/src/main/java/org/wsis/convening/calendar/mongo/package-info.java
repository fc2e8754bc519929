@NullMarked
package org.wsis.convening.calendar.mongo;

import org.jspecify.annotations.NullMarked;
