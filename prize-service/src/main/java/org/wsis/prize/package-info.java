@NullMarked
package org.wsis.prize;

import org.jspecify.annotations.NullMarked;
