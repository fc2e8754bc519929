@NullMarked
package org.wsis.community;

import org.jspecify.annotations.NullMarked;
