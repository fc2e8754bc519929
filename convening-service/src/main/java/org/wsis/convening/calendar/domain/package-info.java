@NullMarked
package org.wsis.convening.calendar.domain;

import org.jspecify.annotations.NullMarked;
