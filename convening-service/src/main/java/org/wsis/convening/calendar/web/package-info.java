@NullMarked
package org.wsis.convening.calendar.web;

import org.jspecify.annotations.NullMarked;
