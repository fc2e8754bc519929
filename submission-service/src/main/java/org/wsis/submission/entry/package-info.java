@NullMarked
package org.wsis.submission.entry;

import org.jspecify.annotations.NullMarked;
