@NullMarked
package org.wsis.convening.programme.mongo;

import org.jspecify.annotations.NullMarked;
