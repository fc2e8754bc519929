/**
 * Finding entries: a Lucene index per replica, fed from the entries collection and rebuilt from it at
 * start; free-text relevance, filters, facets, sorting, statistics and exports read it.
 */
@NullMarked
package org.wsis.submission.search;

import org.jspecify.annotations.NullMarked;
