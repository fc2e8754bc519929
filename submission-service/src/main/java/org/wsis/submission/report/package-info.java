/** The yearly WSIS Stocktaking Report: the year's published activities counted against the year before, and the success stories editors chose, kept year by year and generated again on demand. */
@NullMarked
package org.wsis.submission.report;

import org.jspecify.annotations.NullMarked;
