/** Realistic demonstration entries: loaded by the local stack on first start, and by the benchmarks. */
@NullMarked
package org.wsis.submission.demo;

import org.jspecify.annotations.NullMarked;
