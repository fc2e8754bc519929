/** Search, statistics, exports and reference data over HTTP; public without login. */
@NullMarked
package org.wsis.submission.search.web;

import org.jspecify.annotations.NullMarked;
