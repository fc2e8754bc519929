@NullMarked
package org.wsis.convening.issue;

import org.jspecify.annotations.NullMarked;
