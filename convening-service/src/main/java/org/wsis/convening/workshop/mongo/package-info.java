@NullMarked
package org.wsis.convening.workshop.mongo;

import org.jspecify.annotations.NullMarked;
