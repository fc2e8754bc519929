@NullMarked
package org.wsis.convening;

import org.jspecify.annotations.NullMarked;
