@NullMarked
package org.wsis.portal;

import org.jspecify.annotations.NullMarked;
