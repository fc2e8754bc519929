@NullMarked
package org.wsis.submission.entry.domain;

import org.jspecify.annotations.NullMarked;
