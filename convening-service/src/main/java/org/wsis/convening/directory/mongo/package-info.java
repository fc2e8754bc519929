@NullMarked
package org.wsis.convening.directory.mongo;

import org.jspecify.annotations.NullMarked;
