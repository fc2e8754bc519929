@NullMarked
package org.wsis.convening.calendar;

import org.jspecify.annotations.NullMarked;
