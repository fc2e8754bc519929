@NullMarked
package org.wsis.submission;

import org.jspecify.annotations.NullMarked;
