@NullMarked
package org.wsis.convening.directory;

import org.jspecify.annotations.NullMarked;
