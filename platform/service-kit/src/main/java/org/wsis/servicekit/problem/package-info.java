@NullMarked
package org.wsis.servicekit.problem;

import org.jspecify.annotations.NullMarked;
