@NullMarked
package org.wsis.submission.report.domain;

import org.jspecify.annotations.NullMarked;
