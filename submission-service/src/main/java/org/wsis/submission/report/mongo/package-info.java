@NullMarked
package org.wsis.submission.report.mongo;

import org.jspecify.annotations.NullMarked;
