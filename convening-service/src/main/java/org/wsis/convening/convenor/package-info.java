@NullMarked
package org.wsis.convening.convenor;

import org.jspecify.annotations.NullMarked;
