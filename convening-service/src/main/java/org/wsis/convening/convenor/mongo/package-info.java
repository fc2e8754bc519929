@NullMarked
package org.wsis.convening.convenor.mongo;

import org.jspecify.annotations.NullMarked;
