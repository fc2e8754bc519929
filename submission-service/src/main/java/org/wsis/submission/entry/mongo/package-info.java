@NullMarked
package org.wsis.submission.entry.mongo;

import org.jspecify.annotations.NullMarked;
