@NullMarked
package org.wsis.submission.report.web;

import org.jspecify.annotations.NullMarked;
