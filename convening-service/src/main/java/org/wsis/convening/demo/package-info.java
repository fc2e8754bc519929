/** Demonstration convenors and issues for a first start of the local stack. */
@NullMarked
package org.wsis.convening.demo;

import org.jspecify.annotations.NullMarked;
