@NullMarked
package org.wsis.convening.outcome.mongo;

import org.jspecify.annotations.NullMarked;
