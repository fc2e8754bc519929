@NullMarked
package org.wsis.submission.entry.messaging;

import org.jspecify.annotations.NullMarked;
